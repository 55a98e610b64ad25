namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// An Accredited System Identifier (ASID): the SDS id of a system that may send to Spine, carried in
/// <c>communicationFunctionRcv</c>/<c>Snd</c> and <c>author1</c>.
/// </summary>
public sealed record Asid
{
    public const string Oid = "1.2.826.0.1285.0.2.0.107";

    private Asid(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<Asid> Parse(string? text) =>
        SdsIdentifier.Problem(text, "An ASID") is { } problem
            ? ParseResult<Asid>.Fail(problem)
            : ParseResult<Asid>.Ok(new Asid(text!));

    public static Asid From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
