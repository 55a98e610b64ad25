using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>The Legitimate Relationship service: its behaviour options and its interaction handlers (its store: AddSimulatorPersistence).</summary>
public static class LrServiceCollectionExtensions
{
    public static IServiceCollection AddLegitimateRelationships(this IServiceCollection services, IConfiguration configuration)
    {
        // A number binds to an enum whatever its value, so each enum setting is checked on its own, naming itself.
        services.AddValidatedOptions<LrBehaviourOptions>(configuration, LrBehaviourOptions.SectionName)
            .Validate(lr => Enum.IsDefined(lr.DuplicateCreate),
                $"{LrBehaviourOptions.SectionName}:{nameof(LrBehaviourOptions.DuplicateCreate)} must be one of {string.Join(", ", Enum.GetNames<DuplicateCreateBehaviour>())}.")
            .Validate(lr => Enum.IsDefined(lr.ClosingChange),
                $"{LrBehaviourOptions.SectionName}:{nameof(LrBehaviourOptions.ClosingChange)} must be one of {string.Join(", ", Enum.GetNames<ClosingChangeBehaviour>())}.");
        services.AddSingleton<AsyncInteractionHandler, CreateLrHandler>();
        services.AddSingleton<AsyncInteractionHandler, StatusChangeHandler>();
        services.AddSingleton<AsyncInteractionHandler, AddUserToWorkgroupHandler>();
        services.AddSingleton<AsyncInteractionHandler, RemoveUserFromWorkgroupHandler>();
        services.AddSingleton<SyncInteractionHandler, QueryConfirmationHandler>();
        services.AddSingleton<SyncInteractionHandler, QueryDetailsHandler>();
        services.AddSingleton<SyncInteractionHandler, BatchConfirmationHandler>();
        services.AddSingleton<SyncInteractionHandler, UserRoleProfilesHandler>();
        services.AddSingleton<SyncInteractionHandler, WorkgroupMemberQueryHandler>();
        return services;
    }
}
