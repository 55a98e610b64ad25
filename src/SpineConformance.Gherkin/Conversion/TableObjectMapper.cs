using System.Reflection;

namespace SpineConformance.Gherkin.Conversion;

/// <summary>Builds an object from table columns: through a constructor whose parameters the columns name, else
/// through a parameterless constructor and property setters. Names match ignoring case, spaces and underscores.</summary>
internal static class TableObjectMapper
{
    public static T Create<T>(IReadOnlyList<string> columns, IReadOnlyList<string> cells, StepValueConverter converter)
    {
        var values = columns.Select((column, i) => (Key: Normalise(column), Cell: cells[i]))
            .GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.First().Cell);
        var type = typeof(T);
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().Length > 0 && c.GetParameters().All(p => values.ContainsKey(Normalise(p.Name!)) || p.HasDefaultValue))
            .MaxBy(c => c.GetParameters().Length);

        object instance;
        var used = new HashSet<string>();
        if (constructor is not null)
        {
            var arguments = constructor.GetParameters().Select(p =>
            {
                var key = Normalise(p.Name!);
                used.Add(key);
                return values.TryGetValue(key, out var cell) ? converter.Convert(cell, p.ParameterType) : p.DefaultValue;
            }).ToArray();
            instance = constructor.Invoke(arguments);
        }
        else
        {
            instance = Activator.CreateInstance(type)
                ?? throw new InvalidOperationException($"{type.Name} needs a public parameterless constructor or one whose parameters the columns name.");
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite)
            .ToDictionary(p => Normalise(p.Name), p => p);
        var unknown = values.Keys.Where(k => !used.Contains(k) && !properties.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{type.Name} has no property for column(s): {string.Join(", ", unknown)}. Properties: {string.Join(", ", properties.Values.Select(p => p.Name))}.");
        }

        foreach (var (key, cell) in values.Where(v => !used.Contains(v.Key)))
        {
            var property = properties[key];
            property.SetValue(instance, converter.Convert(cell, property.PropertyType));
        }

        return (T)instance;
    }

    private static string Normalise(string name) =>
        name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
