using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The one form on the page: an NHS number, and a button per action. Every button posts the same NHS number field,
/// each to its own path (<c>formaction</c>), so a user or the suite's browser driver types the number once.
/// Shown on the home page and again under a result so the user can carry on with the same or the next patient.
/// </summary>
internal static class PermissionsForm
{
    public const string ViewAction = "/permissions/view";

    public const string CheckAction = "/permissions/check";

    public const string DecisionAction = "/permissions/decision";

    public static string Render(string? nhsNumber = null, string? error = null, SharingDecision? decision = null) => $"""
        <section aria-labelledby="form-heading">
        <h2 id="form-heading">A patient's SCR sharing permissions</h2>
        <form method="post" action="{ViewAction}">
        <label for="nhs-number">NHS number</label>
        {(error is null ? string.Empty : $"<p id=\"form-error\" class=\"error\">{PageLayout.Encode(error)}</p>")}
        <input id="nhs-number" name="nhsNumber" type="text" inputmode="numeric" autocomplete="off" value="{PageLayout.Encode(nhsNumber)}">
        <p class="actions">
        <button id="view-permissions" type="submit">View permissions</button>
        <button id="check-permissions" type="submit" formaction="{CheckAction}">Check permission</button>
        </p>
        {DecisionFieldset.Render(decision)}
        </form>
        </section>
        """;
}
