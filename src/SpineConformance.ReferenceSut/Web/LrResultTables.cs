using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// Query results as the table <c>#lr-results</c> (its <c>data-kind</c> names the query). Each row carries its key values
/// in <c>data-*</c> attributes — codes and ids as Spine sent them — beside the words a user reads, so the suite's browser
/// driver reads the row, not the wording.
/// </summary>
internal static class LrResultTables
{
    public static string Confirmation(string nhsNumber, LrConfirmationResult result) => Table("confirmation",
        ["NHS number", "Active relationship exists", "Relationship found", "Since"],
        [Row([("nhs-number", nhsNumber), ("active", Active(result.ActiveLrExists)), ("status", result.Status), ("since", result.Since)],
            nhsNumber, YesNo(result.ActiveLrExists), Named(result.Status, result.StatusName), result.Since)]);

    public static string Details(LrDetailsResult result) => Table("details",
        ["Relationship id", "Status", "Since", "With", "Type", "Active from", "Author", "Access reason", "Justification", "Last status change"],
        result.Relationships.Select(r => Row(
            [
                ("lr-id", r.LrId), ("nhs-number", result.NhsNumber), ("status", r.Status), ("type", r.LrType), ("subject-kind", r.Subject.Kind),
                ("role-profile", r.Subject.Kind == "user" ? r.Subject.Id : null), ("user-id", r.Subject.UserId),
                ("workgroup", r.Subject.Kind == "workgroup" ? r.Subject.Id : null),
            ],
            r.LrId, Named(r.Status, r.StatusName), r.Since, r.Subject.ToString(), Named(r.LrType, r.LrTypeName), r.ActiveFrom, r.Author?.ToString(),
            Named(r.AccessReason, LrVocabulary.AccessReasonCode.DisplayNameOf(r.AccessReason)), r.Justification,
            Named(r.LastStatusChangeReason, LrVocabulary.SCReasonCode.DisplayNameOf(r.LastStatusChangeReason)))));

    public static string Batch(LrBatchResult result) => Table("batch",
        ["NHS number", "Active relationship exists", "Issue"],
        result.Patients.Select(p => Row([("nhs-number", p.NhsNumber), ("active", Active(p.ActiveLrExists))], p.NhsNumber, YesNo(p.ActiveLrExists), p.Issue)));

    public static string RoleProfiles(LrRoleProfilesResult result) => Table("roleProfiles",
        ["Role profile", "Organisation", "Job role", "Workgroups"],
        result.RoleProfiles.Select(p => Row(
            [
                ("user-id", result.UserId), ("role-profile", p.RoleProfileId), ("organization", p.OrganizationId), ("job-role", p.JobRole),
                ("workgroups", string.Join(' ', p.Workgroups.Select(w => w.WorkgroupId))),
            ],
            p.RoleProfileId, $"{p.OrganizationName} ({p.OrganizationId})", p.JobRole, string.Join(", ", p.Workgroups.Select(w => $"{w.WorkgroupId} {w.Name}")))));

    public static string Workgroups(LrWorkgroupsResult result) => Table("workgroups",
        ["Workgroup", "Name", "Type", "Status"],
        result.Workgroups.Select(w => Row([("workgroup", w.WorkgroupId), ("type", w.Type), ("status", w.Status)],
            w.WorkgroupId, w.Name, w.Type, Named(w.Status, w.StatusName))));

    private static string Table(string kind, string[] headings, IEnumerable<string> rows) => DataTable.Render("lr-results", kind, headings, rows);

    private static string Row((string Name, string? Value)[] data, params string?[] cells) => DataTable.Row(data, cells);

    private static string Active(bool? exists) => exists switch { true => "true", false => "false", null => "unknown" };

    private static string YesNo(bool? exists) => exists switch { true => "Yes", false => "No", null => "Not said" };

    private static string? Named(string? code, string? name) => code is null ? null : $"{code} {name}".Trim();
}
