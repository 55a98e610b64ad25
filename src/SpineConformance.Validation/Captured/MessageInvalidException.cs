namespace SpineConformance.Validation.Captured;

/// <summary>Thrown by <see cref="MessageAssert"/>; its message lists every finding, so any test framework shows them.</summary>
public sealed class MessageInvalidException(MessageCheck check) : Exception(check.ToString())
{
    public MessageCheck Check { get; } = check;
}
