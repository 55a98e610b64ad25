using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The answer to recording a decision: outcome, decision and the message, each with an id the suite's browser
/// driver finds. The decision's <c>data-decision</c> carries the name the test hook uses, beside the words a user reads.
/// </summary>
internal static class DecisionResult
{
    public static string Render(string nhsNumber, SetDecisionView shown) => $"""
        <section aria-labelledby="result-heading">
        <h2 id="result-heading">Sharing decision for NHS number <span id="result-nhs-number">{PageLayout.Encode(nhsNumber)}</span></h2>
        <dl>
        <dt>Outcome</dt><dd id="outcome">{PageLayout.Encode(shown.Outcome.ToString())}</dd>
        <dt>Decision</dt><dd id="decision" data-decision="{PageLayout.Encode(SharingDecisionNames.Of(shown.Decision))}">{PageLayout.Encode(DecisionWording.Label(shown.Decision))}</dd>
        </dl>
        <p id="message"{(shown.Outcome == SetDecisionOutcome.Recorded ? string.Empty : " class=\"error\"")}>{PageLayout.Encode(shown.Message)}</p>
        </section>
        """;
}
