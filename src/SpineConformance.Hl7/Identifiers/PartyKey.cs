namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// An MHS party key, the identity an ebXML message names in <c>eb:From</c>/<c>eb:To</c> <c>PartyId</c> and SDS holds as
/// <c>nhsMHSPartyKey</c>: the organisation's ODS code, a hyphen and a number, e.g. Spine's <c>YES-0000806</c>
/// (TRANSPORT.md §3, §5). The number's width varies between registrations (<c>YEA-801248</c>), so only digits are required.
/// </summary>
public sealed record PartyKey
{
    /// <summary>The <c>eb:type</c> of a <c>PartyId</c> holding a party key.</summary>
    public const string PartyIdType = "urn:nhs:names:partyType:ocs+serviceInstance";

    private PartyKey(string value) => Value = value;

    public string Value { get; }

    /// <summary>The ODS code before the hyphen.</summary>
    public string OdsCode => Value[..Value.IndexOf('-', StringComparison.Ordinal)];

    public static ParseResult<PartyKey> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<PartyKey>.Fail("A party key is required but the value was empty.");
        }

        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 0 || hyphen != text.LastIndexOf('-'))
        {
            return ParseResult<PartyKey>.Fail($"A party key is an ODS code, one hyphen and a number (e.g. YES-0000806); '{text}' has {Hyphens(text)}.");
        }

        var (code, number) = (text[..hyphen], text[(hyphen + 1)..]);
        if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
        {
            return ParseResult<PartyKey>.Fail($"A party key starts with an ODS code of letters and digits (e.g. YES-0000806); '{text}' starts with '{code}'.");
        }

        return number.Length > 0 && number.All(char.IsAsciiDigit)
            ? ParseResult<PartyKey>.Ok(new PartyKey(text))
            : ParseResult<PartyKey>.Fail($"A party key ends with a number after its hyphen (e.g. YES-0000806); '{text}' ends with '{number}'.");
    }

    public static PartyKey From(string text) => Parse(text).Value;

    public override string ToString() => Value;

    private static string Hyphens(string text) => text.Count(c => c == '-') switch
    {
        0 => "no hyphen",
        var n => $"{n} hyphens",
    };
}
