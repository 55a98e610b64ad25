namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// A National RBAC job role code (an 'R' code such as <c>R8000</c>, Clinical Practitioner), sent as
/// <c>part/partSDSRole/id</c> in <c>author</c>. Older SDS data also carries the colon forms
/// (<c>S0080:G0450:R5080</c>), so the last segment is what must be an R code.
/// </summary>
public sealed record JobRoleCode
{
    public const string Oid = "1.2.826.0.1285.0.2.1.104";

    private JobRoleCode(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<JobRoleCode> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<JobRoleCode>.Fail("A job role code is required but the value was empty.");
        }

        var last = text.Split(':')[^1];
        var wellFormed = last.Length >= 2 && last[0] == 'R' && last.Skip(1).All(char.IsAsciiDigit);
        return wellFormed
            ? ParseResult<JobRoleCode>.Ok(new JobRoleCode(text))
            : ParseResult<JobRoleCode>.Fail(
                $"A job role code is an RBAC 'R' code such as 'R8000' (optionally after S…:G… segments); '{text}' is not.");
    }

    public static JobRoleCode From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
