namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Confirm LR - History Response (<c>REPC_MT080101UK30</c>): <see cref="Value"/> says whether an Active LR
/// exists; <see cref="Code"/> (LRCurrentStatus) is the status of the LR found (active before inactive before frozen) and
/// <see cref="EffectiveTime"/> when it reached that status (absent when active).
/// </summary>
public sealed record ConfirmHistory(string Value)
{
    public Hl7Code? Code { get; init; }

    public string? EffectiveTime { get; init; }

    public static ConfirmHistory Of(bool activeExists, string? statusCode = null, string? since = null) => new(activeExists ? "true" : "false")
    {
        Code = statusCode is null ? null : LrVocabulary.LrCurrentStatus.Coded(statusCode),
        EffectiveTime = since,
    };

    public bool? ActiveExists => Value switch { "true" => true, "false" => false, _ => null };
}
