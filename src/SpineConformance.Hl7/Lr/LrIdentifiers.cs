namespace SpineConformance.Hl7.Lr;

/// <summary>Identifier roots used in LR payloads (LR.md §10.7).</summary>
public static class LrIdentifiers
{
    /// <summary>An LR record id: the root of <c>CreationResponseConfirm/id</c>, <c>pertinentLR/id</c> and the details' ids.</summary>
    public const string LrRecordRoot = Identifiers.LrId.Oid;

    /// <summary>An SDS workgroup id.</summary>
    public const string WorkgroupRoot = Identifiers.WorkgroupId.Oid;

    /// <summary>An ODS organisation code, the alternative root Spine 2 accepts for a workgroup subject.</summary>
    public const string OdsOrganisationRoot = "1.2.826.0.1285.0.1.10";

    public const string NhsNumberRoot = Identifiers.NhsNumber.Oid;

    public const string UserIdRoot = Identifiers.SdsUserId.Oid;

    public const string RoleProfileRoot = Identifiers.SdsRoleProfileId.Oid;

    public const string AsidRoot = Identifiers.Asid.Oid;

    public const string JobRoleRoot = Identifiers.JobRoleCode.Oid;

    public static Hl7Id LrRecord(string lrId) => new(LrRecordRoot, lrId);

    public static Hl7Id Patient(string nhsNumber) => new(NhsNumberRoot, nhsNumber);

    public static Hl7Id User(string userId) => new(UserIdRoot, userId);

    public static Hl7Id RoleProfile(string urpId) => new(RoleProfileRoot, urpId);

    public static Hl7Id Workgroup(string workgroupId) => new(WorkgroupRoot, workgroupId);

    public static Hl7Id System(string asid) => new(AsidRoot, asid);
}
