using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// "Record decision": one radio button per sharing decision and the button that records it. Radio values are the
/// same names the test hook takes (<c>expressConsent</c>, …); the ids are the suite's browser driver's handles.
/// </summary>
internal static class DecisionFieldset
{
    public static string Render(SharingDecision? chosen) => $"""
        <fieldset id="record-decision-fieldset">
        <legend>Record decision</legend>
        {Radio("decision-express-consent", SharingDecision.ExpressConsent, chosen)}
        {Radio("decision-express-dissent", SharingDecision.ExpressDissent, chosen)}
        {Radio("decision-ask", SharingDecision.AskForConsent, chosen)}
        <button id="record-decision" type="submit" formaction="{PermissionsForm.DecisionAction}">Record decision</button>
        </fieldset>
        """;

    private static string Radio(string id, SharingDecision decision, SharingDecision? chosen) =>
        $"""<p class="choice"><input id="{id}" name="decision" type="radio" value="{PageLayout.Encode(SharingDecisionNames.Of(decision))}"{(decision == chosen ? " checked" : string.Empty)}> <label for="{id}">{PageLayout.Encode(DecisionWording.Label(decision))}</label></p>""";
}
