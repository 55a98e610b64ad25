namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// The SDS unique identifier of a person (the <c>agentPersonSDS/id</c> in <c>author</c>).
/// </summary>
public sealed record SdsUserId
{
    public const string Oid = "1.2.826.0.1285.0.2.0.65";

    private SdsUserId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<SdsUserId> Parse(string? text) =>
        SdsIdentifier.Problem(text, "An SDS user id") is { } problem
            ? ParseResult<SdsUserId>.Fail(problem)
            : ParseResult<SdsUserId>.Ok(new SdsUserId(text!));

    public static SdsUserId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
