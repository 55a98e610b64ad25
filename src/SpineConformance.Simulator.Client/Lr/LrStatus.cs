using SpineConformance.Hl7.Lr;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// An LR's status. Active, Inactive and Frozen are the visible ones (LRCurrentStatus <c>01</c>, <c>02</c>, <c>03</c>);
/// an Expired LR is no longer returned by any query (LR.md §11).
/// </summary>
public enum LrStatus
{
    /// <summary>LRCurrentStatus <c>01</c>.</summary>
    Active,
    /// <summary>LRCurrentStatus <c>02</c>.</summary>
    Inactive,
    /// <summary>LRCurrentStatus <c>03</c>.</summary>
    Frozen,
    /// <summary>Past its expiry; returned by no query.</summary>
    Expired,
}

/// <summary>The LRCurrentStatus codes of the visible statuses.</summary>
public static class LrStatusCodes
{
    /// <summary>The LRCurrentStatus code of a visible status.</summary>
    public static string Code(LrStatus status) => status switch
    {
        LrStatus.Active => LrVocabulary.LrStatuses.Active,
        LrStatus.Inactive => LrVocabulary.LrStatuses.Inactive,
        LrStatus.Frozen => LrVocabulary.LrStatuses.Frozen,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Expired LRs have no LRCurrentStatus code: they are not returned."),
    };
}
