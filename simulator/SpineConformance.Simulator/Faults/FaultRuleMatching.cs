namespace SpineConformance.Simulator.Faults;

/// <summary>
/// Whether a fault rule applies to a request: every condition the rule sets must hold. The rule itself is the admin API's
/// document (in the client package); matching needs the simulator's view of a request, so it lives here.
/// </summary>
public static class FaultRuleMatching
{
    public static bool Matches(this FaultRule rule, FaultRequest request) =>
        (string.IsNullOrEmpty(rule.Interaction) || rule.Interaction == request.Interaction)
        && (string.IsNullOrEmpty(rule.NhsNumber) || rule.NhsNumber == request.NhsNumber)
        && (string.IsNullOrEmpty(rule.Subject) || request.Subjects.Contains(rule.Subject, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(rule.Sender) || rule.Sender == request.Sender)
        && (string.IsNullOrEmpty(rule.MessageId) || string.Equals(BareId(rule.MessageId), BareId(request.MessageId), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(rule.Header) || (request.Headers.TryGetValue(rule.Header, out var value)
            && (string.IsNullOrEmpty(rule.HeaderValue) || string.Equals(value.Trim(), rule.HeaderValue.Trim(), StringComparison.Ordinal))))
        && (rule.TenantId is null || rule.TenantId == request.SenderTenantId)
        && rule.RemainingUses is null or > 0;

    private static string? BareId(string? id) =>
        id is not null && id.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase) ? id[5..] : id;
}
