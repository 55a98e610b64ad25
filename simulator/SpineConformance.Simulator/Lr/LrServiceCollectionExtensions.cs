using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>The Legitimate Relationship service: its behaviour options and its interaction handlers (its store: AddSimulatorPersistence).</summary>
public static class LrServiceCollectionExtensions
{
    public static IServiceCollection AddLegitimateRelationships(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LrBehaviourOptions>(configuration, LrBehaviourOptions.SectionName)
            .Validate(lr => Enum.IsDefined(lr.DuplicateCreate) && Enum.IsDefined(lr.ClosingChange),
                "Simulator:Lr:DuplicateCreate must be ReturnExisting, Reject or CreateNew, and Simulator:Lr:ClosingChange BecomeInactive or StayActiveUntilExpiry.");
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
