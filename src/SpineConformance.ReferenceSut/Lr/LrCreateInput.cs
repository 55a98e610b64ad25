namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// What the user asks for when requesting an LR (LR.md §9.1). The subject is the acting user (URP and user id) unless a
/// <see cref="WorkgroupId"/> is given. Codes are checked by <see cref="LrInputRules"/> before this reaches the client.
/// </summary>
/// <param name="LrTypeCode">LRType, such as <c>08</c> Self Claimed Relationship.</param>
/// <param name="AccessReasonCode">AccessReasonCode; required for LR types 03, 04 and 08.</param>
/// <param name="Justification">Free text; required when the access reason is 06 Other.</param>
/// <param name="Alert">Whether an alert must be raised (AlertCode <c>True</c>/<c>False</c>); <see langword="null"/> sends none.</param>
/// <param name="ExpiresAt">When an Express consent (type 04) LR expires, <c>yyyyMMddHHmmss</c>.</param>
public sealed record LrCreateInput(
    string NhsNumber,
    string LrTypeCode,
    string? WorkgroupId = null,
    string? AccessReasonCode = null,
    string? Justification = null,
    bool? Alert = null,
    string? ExpiresAt = null);
