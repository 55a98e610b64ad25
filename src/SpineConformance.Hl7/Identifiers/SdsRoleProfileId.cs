namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// The SDS user role profile id (URP): one of a user's roles at one organisation, sent as
/// <c>AgentPersonSDS/id</c>.
/// </summary>
public sealed record SdsRoleProfileId
{
    public const string Oid = "1.2.826.0.1285.0.2.0.67";

    private SdsRoleProfileId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<SdsRoleProfileId> Parse(string? text) =>
        SdsIdentifier.Problem(text, "An SDS role profile id") is { } problem
            ? ParseResult<SdsRoleProfileId>.Fail(problem)
            : ParseResult<SdsRoleProfileId>.Ok(new SdsRoleProfileId(text!));

    public static SdsRoleProfileId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
