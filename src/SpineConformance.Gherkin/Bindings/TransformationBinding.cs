using System.Reflection;
using System.Text.RegularExpressions;

namespace SpineConformance.Gherkin.Bindings;

internal sealed record TransformationBinding(Regex? Regex, MethodInfo Method)
{
    public bool TakesTable => Method.GetParameters() is [{ ParameterType: var t }] && t == typeof(Table);

    public int TextParameterCount => TakesTable ? 0 : Method.GetParameters().Length;

    public string Source => $"{Method.DeclaringType!.FullName}.{Method.Name}";

    /// <summary>The text pieces to pass, each with the parameter type it converts to.</summary>
    public bool TryMatch(string text, out IReadOnlyList<(string Value, Type Type)> captures)
    {
        var parameters = Method.GetParameters();
        if (Regex is null)
        {
            captures = [(text, parameters[0].ParameterType)];
            return true;
        }

        var match = Regex.Match(text);
        if (!match.Success)
        {
            captures = [];
            return false;
        }

        var groups = match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToList();
        captures = groups.Count == 0
            ? [(text, parameters[0].ParameterType)]
            : groups.Zip(parameters, (value, p) => (value, p.ParameterType)).ToList();
        return true;
    }
}
