namespace SpineConformance.Hl7.Identifiers;

/// <summary>
/// The <c>eb:MessageData/eb:MessageId</c> of a reliable ebXML message: the key of duplicate elimination, so a redelivered message is
/// recognised by it. ebMS 2.0 asks only that it be globally unique (Spine's are UUIDs); it is compared exactly, as sent.
/// </summary>
public sealed record ReliableMessageId
{
    private ReliableMessageId(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<ReliableMessageId> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? ParseResult<ReliableMessageId>.Fail("An ebXML MessageId is required but the value was empty.")
            : ParseResult<ReliableMessageId>.Ok(new ReliableMessageId(text));

    public static ReliableMessageId From(string text) => Parse(text).Value;

    public override string ToString() => Value;
}
