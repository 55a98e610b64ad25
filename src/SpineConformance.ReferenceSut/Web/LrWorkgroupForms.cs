namespace SpineConformance.ReferenceSut.Web;

/// <summary>The Workgroup Membership Administrator's forms: find a user's role profiles, add or remove one, list workgroups.</summary>
internal static class LrWorkgroupForms
{
    public static string RoleProfiles(LrPageValues values) => $"""
        <form id="urp-form" method="post" action="{LrForms.UserRoleProfilesAction}">
        <fieldset>
        <legend>Find a user's role profiles</legend>
        {LrFormControls.Text("urp-user-id", "userId", "SDS user id", values.RoleProfilesUserId)}
        <button id="urp-lookup" type="submit">Look up role profiles</button>
        </fieldset>
        </form>
        """;

    public static string Membership(LrPageValues values) => $"""
        <form id="wg-form" method="post" action="{LrForms.WorkgroupAddAction}">
        <fieldset>
        <legend>Add or remove a workgroup member</legend>
        {LrFormControls.Text("wg-member-urp", "memberRoleProfileId", "Member's role profile id", values.MemberRoleProfileId)}
        {LrFormControls.Text("wg-member-user", "memberUserId", "Member's SDS user id", values.MemberUserId)}
        {LrFormControls.Text("wg-id", "workgroupId", "Workgroup id", values.MembershipWorkgroupId)}
        <p class="actions">
        <button id="wg-add" type="submit">Add to workgroup</button>
        <button id="wg-remove" type="submit" formaction="{LrForms.WorkgroupRemoveAction}">Remove from workgroup</button>
        </p>
        </fieldset>
        </form>
        """;

    public static string Members(LrPageValues values) => $"""
        <form id="wg-members-form" method="post" action="{LrForms.WorkgroupMembersAction}">
        <fieldset>
        <legend>List workgroups</legend>
        {LrFormControls.Text("wg-members-id", "workgroupIds", "Workgroup ids (separate several with commas or spaces)", values.MembersWorkgroupIds)}
        <button id="wg-members" type="submit">List workgroups</button>
        </fieldset>
        </form>
        """;
}
