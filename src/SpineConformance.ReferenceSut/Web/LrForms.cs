namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The LR page's paths and its forms. Each action is its own form posting to its own path under <c>/lr</c>; forms that
/// share a field (confirmation and details share the NHS number) use one form with a button per path (<c>formaction</c>).
/// </summary>
internal static class LrForms
{
    public const string PagePath = "/lr";

    public const string CreateAction = "/lr/create";

    public const string StatusChangeAction = "/lr/status-change";

    public const string ConfirmationAction = "/lr/confirmation";

    public const string DetailsAction = "/lr/details";

    public const string BatchConfirmationAction = "/lr/batch-confirmation";

    public const string UserRoleProfilesAction = "/lr/user-role-profiles";

    public const string WorkgroupAddAction = "/lr/workgroup/add";

    public const string WorkgroupRemoveAction = "/lr/workgroup/remove";

    public const string WorkgroupMembersAction = "/lr/workgroup/members";

    public const string OutcomesPath = "/lr/outcomes";

    public static string OutcomePath(string conversationId) => $"{OutcomesPath}/{Uri.EscapeDataString(conversationId)}";

    public static string Render(LrPageValues values) => $"""
        <section id="lr-forms" aria-labelledby="lr-forms-heading">
        <h2 id="lr-forms-heading">A patient's legitimate relationships</h2>
        {LrRelationshipForms.Create(values)}
        {LrRelationshipForms.StatusChange(values)}
        {LrRelationshipForms.Queries(values)}
        {LrRelationshipForms.Batch(values)}
        </section>
        <section id="wg-forms" aria-labelledby="wg-forms-heading">
        <h2 id="wg-forms-heading">Workgroup membership</h2>
        {LrWorkgroupForms.RoleProfiles(values)}
        {LrWorkgroupForms.Membership(values)}
        {LrWorkgroupForms.Members(values)}
        </section>
        """;
}
