using System.Reflection;

namespace SpineConformance.Gherkin.Bindings;

/// <param name="Tags">Tags without '@'; empty means the hook always runs.</param>
/// <param name="Sequence">Discovery position, the tie-breaker between equal orders.</param>
internal sealed record HookBinding(HookType Type, IReadOnlyList<string> Tags, int Order, int Sequence, MethodInfo Method)
{
    public string Source => $"{Method.DeclaringType!.FullName}.{Method.Name}";

    public bool AppliesTo(IReadOnlyCollection<string> tags) =>
        Tags.Count == 0 || Tags.Any(t => tags.Contains(t, StringComparer.OrdinalIgnoreCase));
}
