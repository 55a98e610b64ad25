using System.Reflection;

namespace SpineConformance.Simulator.Hosting;

/// <summary>
/// Every setting under <c>Simulator:</c> must be one the simulator reads: a mistyped key would otherwise be bound to
/// nothing and the simulator would start with the default, without a word. The known keys are the public settable
/// properties of the options classes, by section, so a new property is known as soon as it exists.
/// </summary>
internal static class ConfigurationKeys
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (SimulatorOptions.SectionName, typeof(SimulatorOptions)),
        (Delivery.DeliveryOptions.SectionName, typeof(Delivery.DeliveryOptions)),
        (Lr.LrBehaviourOptions.SectionName, typeof(Lr.LrBehaviourOptions)),
        (Tls.TlsOptions.SectionName, typeof(Tls.TlsOptions)),
        (Metrics.MetricsOptions.SectionName, typeof(Metrics.MetricsOptions)),
        (Access.AdminAccessOptions.SectionName, typeof(Access.AdminAccessOptions)),
        (Journal.JournalRetentionOptions.SectionName, typeof(Journal.JournalRetentionOptions)),
    ];

    // Lists whose items have their own shape, read where they are used.
    private static readonly string[] FreeFormSections = [$"{SimulatorOptions.SectionName}:ErrorResponses", Tenants.TenantSettings.SectionName];

    /// <summary>Every problem with the keys under <c>Simulator:</c>, each naming the key and the nearest known one; empty when all are known.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var known = KnownKeys();
        var problems = new List<string>();
        Walk(configuration.GetSection(SimulatorOptions.SectionName), known, problems);
        return problems;
    }

    /// <summary>Stops the start when any key under <c>Simulator:</c> is unknown.</summary>
    public static void Check(IConfiguration configuration)
    {
        if (Problems(configuration) is { Count: > 0 } problems)
        {
            throw new InvalidDataException(string.Join(" ", problems));
        }
    }

    private static void Walk(IConfigurationSection section, IReadOnlySet<string> known, List<string> problems)
    {
        foreach (var child in section.GetChildren())
        {
            if (FreeFormSections.Contains(child.Path, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (known.Contains(child.Path))
            {
                continue;
            }

            if (Sections.Any(s => s.Section.Equals(child.Path, StringComparison.OrdinalIgnoreCase)))
            {
                Walk(child, known, problems);
                continue;
            }

            var suggestion = NearestName.Suggest(child.Path, known.Concat(Sections.Select(s => s.Section)));
            problems.Add($"The setting '{child.Path}' is not one the simulator knows{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} (see the README's settings).");
        }
    }

    private static HashSet<string> KnownKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in Sections)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(Bindable))
            {
                keys.Add($"{section}:{property.Name}");
            }
        }

        return keys;
    }

    // A settable property, or a list the binder fills in place (AllowedHosts:0, AllowedHosts:1, ...).
    private static bool Bindable(PropertyInfo property) =>
        property.SetMethod?.IsPublic == true
        || (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IList<>));
}
