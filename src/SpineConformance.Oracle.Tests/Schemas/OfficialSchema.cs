namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// One official root XSD and the interaction element it declares. Each is compiled into its own schema set: the
/// 6202 and 7202 datatype files declare the same HL7 types, so roots built on different releases cannot share one.
/// </summary>
public sealed record OfficialSchema(string InteractionId, string RelativePath)
{
    private const string AcsTightened = "spine-acs/omvt/TightenedSchemas/";

    public static OfficialSchema GetRequest { get; } = new("GET_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "GET_RESOURCE_PERMISSIONS_INUK01.xsd");

    public static OfficialSchema GetResponse { get; } =
        new("GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01", AcsTightened + "GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01.xsd");

    public static OfficialSchema HasRequest { get; } = new("HAS_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "HAS_RESOURCE_PERMISSIONS_INUK01.xsd");

    public static OfficialSchema HasResponse { get; } =
        new("HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01", AcsTightened + "HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01.xsd");

    public static OfficialSchema SetRequest { get; } = new("SET_RESOURCE_PERMISSIONS_INUK01", AcsTightened + "SET_RESOURCE_PERMISSIONS_INUK01.xsd");

    /// <summary>Spine's application acknowledgement: the answer to a Set, and every ACS error (MIM 7.2.02).</summary>
    public static OfficialSchema ApplicationAcknowledgement { get; } = new("MCCI_IN010000UK13", "mim-7.2.02/Schemas/MCCI_IN010000UK13.xsd");

    public static IReadOnlyList<OfficialSchema> All { get; } = [GetRequest, GetResponse, HasRequest, HasResponse, SetRequest, ApplicationAcknowledgement];

    /// <summary>The schema for an interaction id, or <see langword="null"/> when no official schema here declares it.</summary>
    public static OfficialSchema? For(string? interactionId) =>
        All.FirstOrDefault(schema => string.Equals(schema.InteractionId, interactionId, StringComparison.Ordinal));

    public string FullPath(string folder) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, RelativePath));

    public override string ToString() => RelativePath;
}
