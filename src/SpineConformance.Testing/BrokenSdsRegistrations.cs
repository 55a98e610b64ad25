namespace SpineConformance.Testing;

/// <summary>
/// One sender per SDS registration refusal (<c>SDS-*-REGISTERED</c>): the sample request's ASID and interaction, with the
/// directory's view of that sender wrong in exactly one way.
/// </summary>
public static class BrokenSdsRegistrations
{
    /// <param name="SenderKnown">Whether the directory holds an accredited system under the sending ASID.</param>
    /// <param name="RegisteredForInteraction">Whether that system is registered for the request's interaction.</param>
    public sealed record Breakage(string RuleId, string Description, bool SenderKnown, bool RegisteredForInteraction)
    {
        public override string ToString() => $"{RuleId}: {Description}";
    }

    public static IEnumerable<Breakage> All()
    {
        yield return new("SDS-ASID-REGISTERED", "an ASID the directory does not hold", SenderKnown: false, RegisteredForInteraction: false);
        yield return new("SDS-INTERACTION-REGISTERED", "a registered system not registered for the interaction", SenderKnown: true, RegisteredForInteraction: false);
    }
}
