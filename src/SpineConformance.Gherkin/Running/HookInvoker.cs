using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Bindings;

namespace SpineConformance.Gherkin.Running;

/// <summary>Runs the hooks of one type in order. Hook parameters are resolved from <paramref name="services"/>
/// (a <see cref="FeatureInfo"/> parameter gets the feature). Every hook runs; the first failure is returned.</summary>
internal static class HookInvoker
{
    public static async Task<HookFailure?> RunAsync(
        BindingRegistry registry, HookType type, IReadOnlyCollection<string> tags, IServiceProvider services, FeatureInfo? feature = null)
    {
        HookFailure? first = null;
        foreach (var hook in registry.HooksFor(type, tags))
        {
            try
            {
                var arguments = hook.Method.GetParameters()
                    .Select(p => p.ParameterType == typeof(FeatureInfo) && feature is not null ? feature : services.GetRequiredService(p.ParameterType))
                    .ToArray();
                await MethodInvoker.InvokeAsync(hook.Method, services, arguments);
            }
#pragma warning disable CA1031 // A hook's exception becomes the scenario's outcome; later hooks still get to clean up.
            catch (Exception e)
#pragma warning restore CA1031
            {
                first ??= new HookFailure(hook, FailureClassifier.Unwrap(e));
            }
        }

        return first;
    }
}

internal sealed record HookFailure(HookBinding Hook, Exception Exception)
{
    public string Message => $"[{Hook.Type}] hook {Hook.Source} threw {Exception.GetType().Name}: {Exception.Message}";
}
