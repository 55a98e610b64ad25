namespace SpineConformance.Validation.Captured;

/// <summary>
/// Assertions for a test in any framework (NUnit, xUnit, MSTest): each throws <see cref="MessageInvalidException"/>,
/// whose message lists every finding, when the message is not what Spine accepts.
/// </summary>
public static class MessageAssert
{
    /// <summary>Validates <paramref name="message"/> (bytes as captured) and fails unless Spine's rules and our schemas accept it.</summary>
    public static MessageCheck IsValid(ReadOnlyMemory<byte> message, string? interactionId = null, string source = "the message") =>
        IsValid(CapturedMessageValidator.Validate(CapturedMessage.Read(message), interactionId, source));

    /// <summary>Fails unless <paramref name="check"/> found the message readable and free of errors.</summary>
    public static MessageCheck IsValid(MessageCheck check) => check.IsValid ? check : throw new MessageInvalidException(check);
}
