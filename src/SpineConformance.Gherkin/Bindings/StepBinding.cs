using System.Reflection;
using System.Text.RegularExpressions;

namespace SpineConformance.Gherkin.Bindings;

/// <param name="Kind">Null for <see cref="StepDefinitionAttribute"/>, which answers every kind.</param>
internal sealed record StepBinding(StepKind? Kind, Regex Regex, MethodInfo Method)
{
    public string Source => $"{Method.DeclaringType!.FullName}.{Method.Name}({string.Join(", ", Method.GetParameters().Select(p => p.ParameterType.Name))})";

    public string KindName => Kind?.ToString() ?? "StepDefinition";

    public override string ToString() => $"[{KindName}(@\"{Regex}\")] {Source}";
}
