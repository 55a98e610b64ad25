using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Time;
using SpineConformance.SecondClient.Acs;
using SpineConformance.SecondClient.Identity;
using SpineConformance.SecondClient.Lr;
using SpineConformance.SecondClient.Mhs;
using SpineConformance.SecondClient.Spine;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient;

/// <summary>The second client's parts, registered once for the standalone host and for tests.</summary>
public static class SecondClientServices
{
    public static IServiceCollection AddSecondClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecondClientOptions>().Bind(configuration.GetSection(SecondClientOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecondClientOptions>, OptionsProblems>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SecondClientOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IIdSource>(RandomIdSource.Instance);
        services.AddSingleton<Defects.SwitchedOnDefects>();
        services.AddSingleton<MessageStamps>();
        services.AddSingleton<JobRolePolicy>();
        services.AddSingleton<LoggedInUser>();
        services.AddSingleton<Hl7Interaction>();
        services.AddSingleton<SoapRequestWriter>();
        services.AddSingleton<RecentPermissions>();
        services.AddSingleton<ReasonDisplay>();
        services.AddSingleton<MhsLogs>();
        services.AddSingleton<Conversations>();
        services.AddSingleton<InboundMhs>();
        services.AddSingleton<TestHook.HookTurn>();
        services.AddHttpClient<SyncExchange>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient<ReliableSender>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddTransient<PermissionsService>();
        services.AddTransient<LrRequestService>();
        services.AddTransient<LrQueryService>();
        return services;
    }

    // Names every wrong setting in the start-up error, rather than a generic "invalid".
    private sealed class OptionsProblems : IValidateOptions<SecondClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, SecondClientOptions options) =>
            SecondClientOptionsCheck.Problems(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
