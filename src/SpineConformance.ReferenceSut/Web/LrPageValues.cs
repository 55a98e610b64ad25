namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// What the user typed into the LR page's forms, put back into the fields when the page answers, so a user (or the
/// suite's browser driver) can correct a mistake or carry on without typing everything again. Empty for a fresh page.
/// </summary>
internal sealed record LrPageValues
{
    public static LrPageValues Empty { get; } = new();

    public string? CreateNhsNumber { get; init; }

    public string? LrType { get; init; }

    public string? CreateWorkgroupId { get; init; }

    public string? AccessReason { get; init; }

    public string? Justification { get; init; }

    public bool Alert { get; init; }

    public string? ExpiresAt { get; init; }

    public string? StatusChangeNhsNumber { get; init; }

    public string? LrId { get; init; }

    public string? Reason { get; init; }

    public string? QueryNhsNumber { get; init; }

    public bool History { get; init; }

    public bool Complete { get; init; }

    public string? BatchNhsNumbers { get; init; }

    public string? RoleProfilesUserId { get; init; }

    public string? MemberRoleProfileId { get; init; }

    public string? MemberUserId { get; init; }

    public string? MembershipWorkgroupId { get; init; }

    public string? MembersWorkgroupIds { get; init; }
}
