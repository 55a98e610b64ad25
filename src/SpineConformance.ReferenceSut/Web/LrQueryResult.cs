using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The answer to an LR query: the outcome (<c>shown</c>, <c>refused</c>, …), the message and, only when shown, the
/// result table <c>#lr-results</c>, so a screen never shows rows from an answer that failed.
/// </summary>
internal static class LrQueryResult
{
    public static string Render<T>(string heading, LrQueryView<T> shown, Func<T, string> table)
        where T : class => $"""
        <section id="lr-result" aria-labelledby="lr-result-heading">
        <h2 id="lr-result-heading">{PageLayout.Encode(heading)}</h2>
        <dl>
        <dt>Outcome</dt><dd id="lr-outcome">{PageLayout.Encode(LrOutcomeResult.Word(shown.Outcome))}</dd>
        </dl>
        <p id="lr-message"{(shown.Outcome == LrQueryOutcome.Shown ? string.Empty : " class=\"error\"")}>{PageLayout.Encode(shown.Message)}</p>
        {(shown.Result is { } result ? table(result) : string.Empty)}
        </section>
        """;
}
