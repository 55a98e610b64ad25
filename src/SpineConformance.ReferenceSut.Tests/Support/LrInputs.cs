using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>Valid LR inputs to start from.</summary>
internal static class LrInputs
{
    public const string LrId = "LR0000000001";

    /// <summary>A self-claimed LR (type 08) with an access reason, a justification and an alert, as LR.md §9.1 expects.</summary>
    public static LrCreateInput SelfClaimed() => new(Some.NhsNumber, "08", AccessReasonCode: "18", Justification: "Patient in clinic", Alert: true);
}
