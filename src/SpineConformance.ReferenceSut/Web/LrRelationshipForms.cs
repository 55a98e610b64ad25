using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>The forms about one patient's relationships: request one, change one's status, ask about them, and ask about many patients.</summary>
internal static class LrRelationshipForms
{
    public static string Create(LrPageValues values) => $"""
        <form id="lr-create-form" method="post" action="{LrForms.CreateAction}">
        <fieldset>
        <legend>Request a legitimate relationship</legend>
        {LrFormControls.Text("lr-nhs-number", "nhsNumber", "NHS number", values.CreateNhsNumber)}
        {LrFormControls.Select("lr-type", "lrType", "Relationship type", LrVocabulary.LrType, values.LrType, optional: false)}
        {LrFormControls.Text("lr-workgroup-id", "workgroupId", "Workgroup id (leave empty for a relationship with yourself)", values.CreateWorkgroupId)}
        {LrFormControls.Select("lr-access-reason", "accessReason", "Access reason (needed for types 03, 04 and 08)", LrVocabulary.AccessReasonCode, values.AccessReason, optional: true)}
        {LrFormControls.Text("lr-justification", "justification", "Justification (needed for access reason 06)", values.Justification)}
        {LrFormControls.Checkbox("lr-alert", "alert", "Raise an alert with the privacy officer", values.Alert)}
        {LrFormControls.Text("lr-expires-at", "expiresAt", "Expires at, yyyyMMddHHmmss (optional, for express consent)", values.ExpiresAt)}
        <button id="lr-create" type="submit">Request relationship</button>
        </fieldset>
        </form>
        """;

    public static string StatusChange(LrPageValues values) => $"""
        <form id="sc-form" method="post" action="{LrForms.StatusChangeAction}">
        <fieldset>
        <legend>Change a relationship's status</legend>
        {LrFormControls.Text("sc-nhs-number", "nhsNumber", "NHS number", values.StatusChangeNhsNumber)}
        {LrFormControls.Text("sc-lr-id", "lrId", "Relationship id", values.LrId)}
        {LrFormControls.Select("sc-reason", "reason", "Reason", LrVocabulary.SCReasonCode, values.Reason, optional: false)}
        <button id="sc-change" type="submit">Change status</button>
        </fieldset>
        </form>
        """;

    public static string Queries(LrPageValues values) => $"""
        <form id="q-form" method="post" action="{LrForms.ConfirmationAction}">
        <fieldset>
        <legend>Ask about a patient's relationships</legend>
        {LrFormControls.Text("q-nhs-number", "nhsNumber", "NHS number", values.QueryNhsNumber)}
        {LrFormControls.Checkbox("q-history", "history", "Confirmation with history (status of the relationship found)", values.History)}
        {LrFormControls.Checkbox("q-complete", "complete", "Complete details (type, author, reason)", values.Complete)}
        <p class="actions">
        <button id="q-confirm" type="submit">Confirm relationship</button>
        <button id="q-details" type="submit" formaction="{LrForms.DetailsAction}">List relationships</button>
        </p>
        </fieldset>
        </form>
        """;

    public static string Batch(LrPageValues values) => $"""
        <form id="batch-form" method="post" action="{LrForms.BatchConfirmationAction}">
        <fieldset>
        <legend>Confirm relationships for several patients</legend>
        {LrFormControls.TextArea("batch-nhs-numbers", "nhsNumbers", "NHS numbers, one a line", values.BatchNhsNumbers)}
        <button id="batch-confirm" type="submit">Confirm all</button>
        </fieldset>
        </form>
        """;
}
