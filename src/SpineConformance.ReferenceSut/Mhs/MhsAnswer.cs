namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>Spine's answer to one send attempt: what it meant, the HTTP status when there was one, and a sentence saying why.</summary>
public sealed record MhsAnswer(MhsAnswerKind Kind, int? HttpStatus, string Detail)
{
    /// <summary>Whether the MHS resends the same message after this answer (while retries remain).</summary>
    public bool IsRetriable => Kind is MhsAnswerKind.RetriableFault or MhsAnswerKind.Unreachable;
}
