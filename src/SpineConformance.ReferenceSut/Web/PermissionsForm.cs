namespace SpineConformance.ReferenceSut.Web;

/// <summary>The NHS number form, shown on the home page and again under a result so the user can look up the next patient.</summary>
internal static class PermissionsForm
{
    public const string Action = "/permissions/view";

    public static string Render(string? nhsNumber = null, string? error = null) => $"""
        <section aria-labelledby="form-heading">
        <h2 id="form-heading">Check a patient's SCR sharing permissions</h2>
        <form method="post" action="{Action}">
        <label for="nhs-number">NHS number</label>
        {(error is null ? string.Empty : $"<p id=\"form-error\" class=\"error\">{PageLayout.Encode(error)}</p>")}
        <input id="nhs-number" name="nhsNumber" type="text" inputmode="numeric" autocomplete="off" value="{PageLayout.Encode(nhsNumber)}">
        <button id="view-permissions" type="submit">View permissions</button>
        </form>
        </section>
        """;
}
