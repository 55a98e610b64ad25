using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// What the SUT shows after an LR query: <c>{"outcome":"shown","result":{…},"message":"…"}</c>. <see cref="Result"/> is
/// <see langword="null"/> unless the outcome is <see cref="LrQueryOutcome.Shown"/>, so a screen never shows stale data.
/// </summary>
public sealed record LrQueryView<T>(LrQueryOutcome Outcome, T? Result, string Message)
    where T : class
{
    public static LrQueryView<T> Refused(string message) => new(LrQueryOutcome.Refused, null, message);

    /// <summary>
    /// Maps any answer: <paramref name="read"/> turns the expected response into the result and its sentence, and returns
    /// <see langword="null"/> for a response of another kind.
    /// </summary>
    public static LrQueryView<T> From(LrSyncAnswer answer, Func<LrResponse, (T Result, string Message)?> read) => answer switch
    {
        LrSyncAnswer.None none => new(LrQueryOutcome.Failed, null, none.Problem),
        LrSyncAnswer.Received { Response: var response } => response switch
        {
            LrResponse.Faulted faulted => new(LrQueryOutcome.Fault, null, LrErrorText.Fault(faulted)),
            LrResponse.QueryFailed failed => new(LrQueryOutcome.SpineError, null, LrErrorText.QueryFailed(failed)),
            LrResponse.Acknowledged { Type: not AcknowledgementType.AA } error => new(LrQueryOutcome.SpineError, null, LrErrorText.Rejected(error)),
            _ when read(response) is { } shown => new(LrQueryOutcome.Shown, shown.Result, shown.Message),
            var other => new(LrQueryOutcome.Failed, null, $"Spine's answer was not the expected response: {other}."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not an LR answer."),
    };
}
