using System.Reflection;
using System.Runtime.CompilerServices;

namespace SpineConformance.Gherkin.Bindings;

/// <summary>Finds bindings on [Binding] classes and collects every invalid one instead of stopping at the first.</summary>
internal static class BindingScanner
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly HookType[] StaticOnlyHooks = [HookType.BeforeTestRun, HookType.AfterTestRun, HookType.BeforeFeature, HookType.AfterFeature];

    public static BindingRegistry Scan(IEnumerable<Type> candidates)
    {
        var types = new List<Type>();
        var steps = new List<StepBinding>();
        var hooks = new List<HookBinding>();
        var transformations = new List<TransformationBinding>();
        var errors = new List<string>();

        // Declaration order (metadata token) is the documented tie-breaker between hooks of equal Order.
        foreach (var type in candidates.Distinct().Where(IsBindingClass))
        {
            types.Add(type);
            foreach (var method in type.GetMethods(Declared).OrderBy(m => m.MetadataToken))
            {
                var where = $"{type.FullName}.{method.Name}";
                if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is not null && method.ReturnType == typeof(void))
                {
                    errors.Add($"{where} is 'async void'; return Task so the runner can wait for it and see its exceptions.");
                    continue;
                }

                foreach (var step in method.GetCustomAttributes<StepDefinitionBaseAttribute>())
                {
                    Try(errors, where, () => steps.Add(new StepBinding(step.Kind, BindingPattern.Anchor(step.Regex), method)));
                }

                foreach (var hook in method.GetCustomAttributes<HookAttribute>())
                {
                    if (StaticOnlyHooks.Contains(hook.Type) && !method.IsStatic)
                    {
                        errors.Add($"{where}: [{hook.Type}] hooks run outside any scenario, so the method must be static.");
                        continue;
                    }

                    hooks.Add(new HookBinding(hook.Type, hook.Tags.Select(t => t.TrimStart('@')).ToList(), hook.Order, hooks.Count, method));
                }

                foreach (var transformation in method.GetCustomAttributes<StepArgumentTransformationAttribute>())
                {
                    if (method.GetParameters().Length == 0 || method.ReturnType == typeof(void) || typeof(Task).IsAssignableFrom(method.ReturnType))
                    {
                        errors.Add($"{where}: a [StepArgumentTransformation] takes the step text (or a Table) and returns the converted value synchronously.");
                        continue;
                    }

                    Try(errors, where, () => transformations.Add(new TransformationBinding(
                        transformation.Regex is null ? null : BindingPattern.Anchor(transformation.Regex), method)));
                }
            }
        }

        return new BindingRegistry(types, steps, hooks, transformations, errors);
    }

    private static bool IsBindingClass(Type type) =>
        type.IsClass && type.GetCustomAttribute<BindingAttribute>() is not null;

    private static void Try(List<string> errors, string where, Action add)
    {
        try
        {
            add();
        }
        catch (ArgumentException e)
        {
            errors.Add($"{where}: the regex is invalid: {e.Message}");
        }
    }
}
