namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// One official root XSD and the interaction element it declares: the tightened ACS schemas, and the MIM 7.2.02 LR
/// interaction schemas (which include <c>dt/</c> and <c>voc/</c> through relative paths). Each is compiled into its own schema set: the
/// 6202 and 7202 datatype files declare the same HL7 types, so roots built on different releases cannot share one.
/// </summary>
public sealed record OfficialSchema(string InteractionId, string RelativePath)
{
    private const string AcsTightened = "spine-acs/omvt/TightenedSchemas/";

    private const string Mim = "mim-7.2.02/Schemas/";

    public static OfficialSchema GetRequest { get; } = new("GET_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "GET_RESOURCE_PERMISSIONS_INUK01.xsd");

    public static OfficialSchema GetResponse { get; } =
        new("GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01", AcsTightened + "GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01.xsd");

    public static OfficialSchema HasRequest { get; } = new("HAS_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "HAS_RESOURCE_PERMISSIONS_INUK01.xsd");

    public static OfficialSchema HasResponse { get; } =
        new("HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01", AcsTightened + "HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01.xsd");

    public static OfficialSchema SetRequest { get; } = new("SET_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "SET_RESOURCE_PERMISSIONS_INUK01.xsd");

    /// <summary>Spine's application acknowledgement: the answer to a Set, every ACS error and every refused async LR request (MIM 7.2.02).</summary>
    public static OfficialSchema ApplicationAcknowledgement { get; } = new("MCCI_IN010000UK13", "mim-7.2.02/Schemas/MCCI_IN010000UK13.xsd");

    public static IReadOnlyList<OfficialSchema> Acs { get; } = [GetRequest, GetResponse, HasRequest, HasResponse, SetRequest, ApplicationAcknowledgement];

    public static OfficialSchema CreateLr { get; } = MimInteraction("REPC_IN010000UK15");

    public static OfficialSchema LrCreated { get; } = MimInteraction("REPC_IN020000UK13");

    public static OfficialSchema StatusChange { get; } = MimInteraction("REPC_IN040000UK15");

    public static OfficialSchema StatusChanged { get; } = MimInteraction("REPC_IN050000UK13");

    public static OfficialSchema ConfirmationQuery { get; } = MimInteraction("QUPC_IN010000UK32");

    public static OfficialSchema ConfirmShort { get; } = MimInteraction("QUPC_IN030000UK14");

    public static OfficialSchema ConfirmHistory { get; } = MimInteraction("QUPC_IN040000UK30");

    public static OfficialSchema DetailsQuery { get; } = MimInteraction("QUPC_IN020000UK17");

    public static OfficialSchema DetailsSimple { get; } = MimInteraction("QUPC_IN060000UK32");

    public static OfficialSchema DetailsComplete { get; } = MimInteraction("QUPC_IN070000UK32");

    public static OfficialSchema BatchQuery { get; } = MimInteraction("QUPC_IN090000UK03");

    public static OfficialSchema BatchResponse { get; } = MimInteraction("QUPC_IN250000UK02");

    public static OfficialSchema UserRoleProfilesQuery { get; } = MimInteraction("QUPC_IN010102UK01");

    public static OfficialSchema UserRoleProfilesResponse { get; } = MimInteraction("QUPC_IN010103UK01");

    public static OfficialSchema AddToWorkgroup { get; } = MimInteraction("REPC_IN130002UK01");

    public static OfficialSchema AddedToWorkgroup { get; } = MimInteraction("REPC_IN130003UK01");

    public static OfficialSchema RemoveFromWorkgroup { get; } = MimInteraction("REPC_IN130004UK01");

    public static OfficialSchema RemovedFromWorkgroup { get; } = MimInteraction("REPC_IN130005UK01");

    public static OfficialSchema WorkgroupMemberQuery { get; } = MimInteraction("QUPC_IN041234UK01");

    public static OfficialSchema WorkgroupMemberResponse { get; } = MimInteraction("REPC_IN130007UK01");

    /// <summary>Query Act Failed: Spine's answer to any LR query it cannot run.</summary>
    public static OfficialSchema QueryActFailed { get; } = MimInteraction("QUQI_IN010000UK14");

    /// <summary>Every LR request and response interaction, and the two failure interactions (the MCCI is shared with ACS).</summary>
    public static IReadOnlyList<OfficialSchema> Lr { get; } =
    [
        CreateLr, LrCreated, StatusChange, StatusChanged, ConfirmationQuery, ConfirmShort, ConfirmHistory, DetailsQuery, DetailsSimple,
        DetailsComplete, BatchQuery, BatchResponse, UserRoleProfilesQuery, UserRoleProfilesResponse, AddToWorkgroup, AddedToWorkgroup,
        RemoveFromWorkgroup, RemovedFromWorkgroup, WorkgroupMemberQuery, WorkgroupMemberResponse, QueryActFailed, ApplicationAcknowledgement,
    ];

    public static IReadOnlyList<OfficialSchema> All { get; } = [.. Acs, .. Lr.Except(Acs)];

    /// <summary>The schema for an interaction id, or <see langword="null"/> when no official schema here declares it.</summary>
    public static OfficialSchema? For(string? interactionId) =>
        All.FirstOrDefault(schema => string.Equals(schema.InteractionId, interactionId, StringComparison.Ordinal));

    private static OfficialSchema MimInteraction(string interactionId) => new(interactionId, Mim + interactionId + ".xsd");

    public string FullPath(string folder) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, RelativePath));

    public override string ToString() => RelativePath;
}
