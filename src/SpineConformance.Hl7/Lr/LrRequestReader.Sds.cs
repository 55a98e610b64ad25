using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Hl7.Lr;

/// <summary>The batch confirmation and the three SDS requests, read into their typed requests.</summary>
public static partial class LrRequestReader
{
    /// <summary>
    /// A Query Batch Confirmation the LR service can answer, or why it cannot be (no query or no patient). A patient that is
    /// not an NHS number does not refuse the batch: it is answered inline (LR.md §9.5), so each carries its own parse result.
    /// One pass over the patients, so the batch stays linear in its size.
    /// </summary>
    public static ParseResult<LrBatchConfirmationRequest> ReadBatchConfirmation(SyncMessage message)
    {
        if (ReadBatchConfirmationQuery(message) is not { Patients.Count: > 0 } query)
        {
            return ParseResult<LrBatchConfirmationRequest>.Fail("The batch names no patient.");
        }

        var patients = new List<LrBatchPatient>(query.Patients.Count);
        foreach (var patient in query.Patients)
        {
            patients.Add(new LrBatchPatient(patient, Identifiers.NhsNumber.Parse(patient.Extension)));
        }

        return ParseResult<LrBatchConfirmationRequest>.Ok(new LrBatchConfirmationRequest(
            patients, query.ParameterList?.RoleProfileId.Extension, Workgroups(query.ParameterList?.WorkgroupCodes ?? [])));
    }

    /// <summary>An Identify User Role Profiles query the SDS service can answer, or why not (no query, a user or role profile id that is not one).</summary>
    public static ParseResult<LrUserRoleProfilesRequest> ReadUserRoleProfiles(SyncMessage message)
    {
        if (ReadUserRoleProfilesQuery(message) is not { } query)
        {
            return ParseResult<LrUserRoleProfilesRequest>.Fail("The request carries no user role profiles query.");
        }

        var sentUser = SdsUserId.Parse(query.UserId.Extension);
        if (!sentUser.TryGetValue(out var user))
        {
            return ParseResult<LrUserRoleProfilesRequest>.Fail($"The query's userID: {sentUser.Error}");
        }

        SdsRoleProfileId? roleProfile = null;
        if (query.RoleProfileId?.Extension is { } sentProfile)
        {
            var parsed = SdsRoleProfileId.Parse(sentProfile);
            if (!parsed.TryGetValue(out roleProfile))
            {
                return ParseResult<LrUserRoleProfilesRequest>.Fail($"The query's userRoleProfileID: {parsed.Error}");
            }
        }

        return ParseResult<LrUserRoleProfilesRequest>.Ok(new LrUserRoleProfilesRequest(user)
        {
            OrganisationCode = query.OrganizationCode?.Extension,
            RoleProfile = roleProfile,
        });
    }

    /// <summary>A Workgroup Member Query the SDS service can answer, or why not (no query in lower case, as MIM 7.2.02 sends it).</summary>
    public static ParseResult<LrWorkgroupMembersRequest> ReadWorkgroupMembers(SyncMessage message) =>
        ReadWorkgroupMemberQuery(message) is { } query
            ? ParseResult<LrWorkgroupMembersRequest>.Ok(new LrWorkgroupMembersRequest(Workgroups(query.WorkgroupCodes)))
            : ParseResult<LrWorkgroupMembersRequest>.Fail("The request carries no workgroup member query.");

    /// <summary>
    /// An Add or Remove User to/from Workgroup request the SDS service can act on, or what keeps it from being one (no request,
    /// a member or administrator role profile id or a workgroup id that is not one).
    /// </summary>
    public static ParseResult<LrMembershipChange> ReadMembershipChange(SyncMessage message)
    {
        if ((Act(message, "AddToWorkgroupRequest") ?? Act(message, "RemoveFromWorkgroupRequest")) is not { } act
            || LrPayloadXml.ReadWorkgroupMembershipRequest(act) is not { } request)
        {
            return ParseResult<LrMembershipChange>.Fail("The request carries no AddToWorkgroupRequest or RemoveFromWorkgroupRequest.");
        }

        var workgroup = WorkgroupId.Parse(request.Workgroup.WorkgroupId.Extension);
        if (!workgroup.TryGetValue(out var workgroupId))
        {
            return ParseResult<LrMembershipChange>.Fail($"The request's workgroup: {workgroup.Error}");
        }

        var member = SdsRoleProfileId.Parse(request.Member.RoleProfileId.Extension);
        if (!member.TryGetValue(out var memberId))
        {
            return ParseResult<LrMembershipChange>.Fail($"The member's role profile (subject/agentPersonSDS/id): {member.Error}");
        }

        var administrator = SdsRoleProfileId.Parse(request.OriginatingRoleProfileId.Extension);
        return administrator.TryGetValue(out var administratorId)
            ? ParseResult<LrMembershipChange>.Ok(new LrMembershipChange(memberId, workgroupId, administratorId, request.IdentifiedWorkgroupsOnly == "true"))
            : ParseResult<LrMembershipChange>.Fail($"The administrator's role profile (author/originatingURP/id): {administrator.Error}");
    }

    // A workgroup id longer than Spine allows names no workgroup: Create LR refuses such ids (LR-CREATE-SUBJECT-WORKGROUP-ID-TOO-LONG),
    // so no LR is held through one, and the SDS directory's workgroups are Spine's. Leaving it out answers as the lookup did.
    private static List<WorkgroupId> Workgroups(IEnumerable<Hl7Id> codes)
    {
        var workgroups = new List<WorkgroupId>();
        foreach (var code in codes)
        {
            if (WorkgroupId.Parse(code.Extension).TryGetValue(out var workgroup))
            {
                workgroups.Add(workgroup);
            }
        }

        return workgroups;
    }
}
