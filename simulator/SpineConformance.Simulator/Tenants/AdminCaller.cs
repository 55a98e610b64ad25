using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Delivery;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Who is calling the admin API or the console: the operator (the simulator's own key, or anyone when it has none),
/// who sees and changes everything, or a tenant, who sees and changes only what belongs to its systems. Set by the
/// access middleware; a handler asks for it as a parameter.
/// </summary>
public sealed class AdminCaller
{
    private AdminCaller(Tenant? tenant) => Tenant = tenant;

    public static AdminCaller Operator { get; } = new(null);

    /// <summary>The calling tenant, or <see langword="null"/> for the operator.</summary>
    public Tenant? Tenant { get; }

    public bool IsOperator => Tenant is null;

    public static AdminCaller For(Tenant tenant) => new(tenant);

    /// <summary>Minimal API binding: the caller the access middleware recognised; the operator when no key is required.</summary>
    public static ValueTask<AdminCaller?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<AdminCaller?>(context.Features.Get<AdminCaller>() ?? Operator);

    public bool Owns(JournalEntry entry) => Tenant is null || entry.TenantId == Tenant.Id;

    public bool Owns(FaultRule rule) => Tenant is null || rule.TenantId == Tenant.Id;

    /// <summary>
    /// A queued reply is the tenant's that owned its recipient when it was queued (<see cref="OutboundMessage.TenantId"/>);
    /// one queued before that was recorded (or when no tenant owned the recipient) is its recipient's current owner's.
    /// </summary>
    public bool Owns(OutboundMessage message, TenantRegistry registry) =>
        Tenant is null || (message.TenantId is { } owner ? owner == Tenant.Id : registry.Owns(Tenant, message.RecipientAsid));

    /// <summary>
    /// The answer to a tenant asking for something by id that is not its own: 403, worded the same whether or not the
    /// thing exists, so an answer never tells one organisation what another holds.
    /// </summary>
    public ProblemHttpResult NotYours(string what) => TypedResults.Problem(
        title: "Not this tenant's",
        detail: $"{what} is not one of tenant '{Tenant?.Name}''s: with a tenant's key the admin API reaches only what belongs to its own systems "
            + $"({Describe(Tenant)}), whether or not anything else exists under that id.",
        statusCode: StatusCodes.Status403Forbidden);

    /// <summary>The answer to a tenant calling an operator-only endpoint.</summary>
    public ProblemHttpResult OperatorOnly(string what) => TypedResults.Problem(
        title: "Operator only",
        detail: $"{what} needs the simulator's operator key (--api-key, or Simulator:AdminApiKey); tenant '{Tenant?.Name}''s key does not reach it.",
        statusCode: StatusCodes.Status403Forbidden);

    private static string Describe(Tenant? tenant) => tenant is null ? "all"
        : $"ASIDs {List(tenant.Systems.Asids)}; party keys {List(tenant.Systems.PartyKeys)}";

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
