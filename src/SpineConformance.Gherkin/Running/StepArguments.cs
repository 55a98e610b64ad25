using SpineConformance.Gherkin.Conversion;
using SpineConformance.Gherkin.Matching;

namespace SpineConformance.Gherkin.Running;

/// <summary>Converts a bound step's captures, and its table or doc string, into the method's arguments.</summary>
internal static class StepArguments
{
    public static object?[] Build(StepMatch match, GherkinStep step, StepValueConverter converter)
    {
        var parameters = match.Binding!.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < match.Captures.Count; i++)
        {
            arguments[i] = ConvertParameter(match.Captures[i], parameters[i].ParameterType, parameters[i].Name, converter);
        }

        if (parameters.Length > match.Captures.Count)
        {
            var last = parameters[^1];
            arguments[^1] = step switch
            {
                { DataTable: { } table } when last.ParameterType == typeof(Table) => table.WithConverter(converter),
                { DataTable: { } table } when converter.TryConvertTable(table.WithConverter(converter), last.ParameterType, out var converted) => converted,
                { DocString: { } docString } => ConvertParameter(docString, last.ParameterType, last.Name, converter),
                _ => throw new InvalidOperationException(
                    $"Parameter '{last.Name}' ({last.ParameterType.Name}) takes the step's data table; add a [StepArgumentTransformation] from Table to {last.ParameterType.Name}, or take Table."),
            };
        }

        return arguments;
    }

    private static object? ConvertParameter(string text, Type type, string? name, StepValueConverter converter)
    {
        try
        {
            return converter.Convert(text, type);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new InvalidOperationException($"Cannot convert '{text}' to parameter '{name}' ({type.Name}): {e.Message}", e);
        }
    }
}
