using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The answer to a look-up (View or Check) for one patient: outcome, View, Store and the message, each with an id
/// the suite's browser driver finds.
/// </summary>
internal static class PermissionsResult
{
    public const string ViewHeading = "Permissions for NHS number";

    public const string CheckHeading = "Permission check for NHS number";

    public static string Render(string heading, string nhsNumber, PermissionsView shown) => $"""
        <section aria-labelledby="result-heading">
        <h2 id="result-heading">{PageLayout.Encode(heading)} <span id="result-nhs-number">{PageLayout.Encode(nhsNumber)}</span></h2>
        <dl>
        <dt>Outcome</dt><dd id="outcome">{PageLayout.Encode(shown.Outcome.ToString())}</dd>
        <dt>View</dt><dd id="view-permission">{PageLayout.Encode(shown.View.ToString())}</dd>
        <dt>Store</dt><dd id="store-permission">{PageLayout.Encode(shown.Store.ToString())}</dd>
        </dl>
        <p id="message"{(shown.Outcome == PermissionsOutcome.Shown ? string.Empty : " class=\"error\"")}>{PageLayout.Encode(shown.Message)}</p>
        </section>
        """;
}
