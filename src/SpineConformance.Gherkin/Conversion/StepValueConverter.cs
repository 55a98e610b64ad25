using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Bindings;

namespace SpineConformance.Gherkin.Conversion;

/// <summary>
/// Turns captured step text into a parameter's type: first a matching <see cref="StepArgumentTransformationAttribute"/>
/// method, then the built-in conversions. Made per scenario, because instance transformations live in its scope.
/// </summary>
internal sealed class StepValueConverter(IReadOnlyList<TransformationBinding> transformations, IServiceProvider? scope)
{
    public static StepValueConverter BuiltIn { get; } = new([], null);

    public object? Convert(string text, Type target)
    {
        foreach (var transformation in transformations)
        {
            if (transformation.TextParameterCount > 0 && target.IsAssignableFrom(transformation.Method.ReturnType)
                && transformation.TryMatch(text, out var captures))
            {
                return Invoke(transformation, captures.Select(c => Convert(c.Value, c.Type)).ToArray());
            }
        }

        if (BuiltInConversions.TryConvert(text, target, out var value))
        {
            return value;
        }

        throw new InvalidCastException(
            $"Cannot convert '{text}' to {target.Name}. Add a [StepArgumentTransformation] method returning {target.Name}, or give {target.Name} a static Parse(string) method.");
    }

    public bool TryConvertTable(Table table, Type target, out object? value)
    {
        var transformation = transformations.FirstOrDefault(t => t.TakesTable && target.IsAssignableFrom(t.Method.ReturnType));
        value = transformation is null ? null : Invoke(transformation, [table.WithConverter(this)]);
        return transformation is not null;
    }

    private object? Invoke(TransformationBinding transformation, object?[] arguments)
    {
        var method = transformation.Method;
        var target = method.IsStatic ? null : ResolveInstance(method.DeclaringType!);
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private object ResolveInstance(Type type) =>
        scope is null
            ? throw new InvalidOperationException($"{type.Name} transformations are instance methods and need a running scenario.")
            : scope.GetRequiredService(type);
}
