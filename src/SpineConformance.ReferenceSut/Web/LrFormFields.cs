using Microsoft.AspNetCore.Mvc;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>The create form's fields, named as the test hook's JSON fields; a ticked checkbox posts any value.</summary>
internal sealed record LrCreateFields(
    [FromForm(Name = "nhsNumber")] string? NhsNumber,
    [FromForm(Name = "lrType")] string? LrType,
    [FromForm(Name = "workgroupId")] string? WorkgroupId,
    [FromForm(Name = "accessReason")] string? AccessReason,
    [FromForm(Name = "justification")] string? Justification,
    [FromForm(Name = "alert")] string? Alert,
    [FromForm(Name = "expiresAt")] string? ExpiresAt)
{
    public LrPageValues Values() => LrPageValues.Empty with
    {
        CreateNhsNumber = NhsNumber, LrType = LrType, CreateWorkgroupId = WorkgroupId, AccessReason = AccessReason,
        Justification = Justification, Alert = LrFormControls.IsTicked(Alert), ExpiresAt = ExpiresAt,
    };
}

internal sealed record LrStatusChangeFields(
    [FromForm(Name = "nhsNumber")] string? NhsNumber,
    [FromForm(Name = "lrId")] string? LrId,
    [FromForm(Name = "reason")] string? Reason)
{
    public LrPageValues Values() => LrPageValues.Empty with { StatusChangeNhsNumber = NhsNumber, LrId = LrId, Reason = Reason };
}

/// <summary>The confirmation and details form: one NHS number, a checkbox for each query's fuller answer.</summary>
internal sealed record LrQueryFields(
    [FromForm(Name = "nhsNumber")] string? NhsNumber,
    [FromForm(Name = "history")] string? History,
    [FromForm(Name = "complete")] string? Complete)
{
    public LrPageValues Values() => LrPageValues.Empty with
    {
        QueryNhsNumber = NhsNumber, History = LrFormControls.IsTicked(History), Complete = LrFormControls.IsTicked(Complete),
    };
}

/// <summary>The add and remove form: whom to add or remove (role profile and user) and the workgroup.</summary>
internal sealed record LrMembershipFields(
    [FromForm(Name = "memberRoleProfileId")] string? MemberRoleProfileId,
    [FromForm(Name = "memberUserId")] string? MemberUserId,
    [FromForm(Name = "workgroupId")] string? WorkgroupId)
{
    public LrPageValues Values() => LrPageValues.Empty with
    {
        MemberRoleProfileId = MemberRoleProfileId, MemberUserId = MemberUserId, MembershipWorkgroupId = WorkgroupId,
    };
}
