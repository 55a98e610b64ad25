namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// A Legitimate Relationship's id, as Spine issues it in <c>CreationResponseConfirm/id</c> and a status change names it in
/// <c>pertinentLR/id</c>: 1 to 20 characters under the LR record root, Spine 2's bound (LR.md §10.7); the official MIM
/// schemas type it as a plain II with no length of their own.
/// </summary>
public sealed record LrId
{
    /// <summary>The OID Spine uses as the <c>root</c> of an LR record id.</summary>
    public const string Oid = "2.16.840.1.113883.2.1.3.2.4.18.3";

    public const int MaxLength = 20;

    private LrId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<LrId> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<LrId>.Fail("An LR id is required but the value was empty.");
        }

        return text.Length <= MaxLength
            ? ParseResult<LrId>.Ok(new LrId(text))
            : ParseResult<LrId>.Fail($"An LR id has 1 to {MaxLength} characters; '{text}' has {text.Length}.");
    }

    public static LrId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
