namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// What became of one inbound message: whether it answers a request this system sent (its RefToMessageId and
/// ConversationId match), whether its business content was applied, and a sentence saying why not.
/// </summary>
public sealed record MhsCorrelation(bool Correlated, bool Applied, string Note)
{
    public static MhsCorrelation NotProcessed(string why) => new(false, false, why);
}
