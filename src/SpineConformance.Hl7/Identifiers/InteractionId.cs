namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// An HL7 V3 interaction id as Spine names it in <c>interactionId/@extension</c> and at the end of a SOAPAction or ebXML
/// Action: upper-case letters, digits and underscores ending <c>_IN</c>, an optional number, then <c>UK</c> and a two-digit
/// version, e.g. <c>QUPC_IN090000UK03</c> or ACS's <c>GET_RESOURCE_PERMISSIONS_INUK01</c>.
/// </summary>
public sealed record InteractionId
{
    /// <summary>The OID Spine uses as the <c>root</c> of <c>interactionId</c>.</summary>
    public const string Oid = Wrappers.Hl7Constants.InteractionIdRoot;

    private InteractionId(string value) => Value = value;

    public string Value { get; }

    /// <summary>The artefact before <c>_IN</c>, e.g. <c>QUPC</c>.</summary>
    public string Artefact => Value[..Value.LastIndexOf("_IN", StringComparison.Ordinal)];

    /// <summary>The two-digit version at the end, e.g. <c>03</c>.</summary>
    public string Version => Value[^2..];

    public static ParseResult<InteractionId> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<InteractionId>.Fail("An interaction id is required but the value was empty.");
        }

        if (!text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            return ParseResult<InteractionId>.Fail($"An interaction id has only upper-case letters, digits and underscores; '{text}' does not.");
        }

        var marker = text.LastIndexOf("_IN", StringComparison.Ordinal);
        var tail = marker < 1 ? null : text[(marker + "_IN".Length)..];
        return tail is { Length: >= 4 } && tail[^4..^2] == "UK" && tail[^2..].All(char.IsAsciiDigit) && tail[..^4].All(char.IsAsciiDigit)
            ? ParseResult<InteractionId>.Ok(new InteractionId(text))
            : ParseResult<InteractionId>.Fail(
                $"An interaction id ends _IN, an optional number, UK and a two-digit version (e.g. QUPC_IN090000UK03); '{text}' does not.");
    }

    public static InteractionId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
