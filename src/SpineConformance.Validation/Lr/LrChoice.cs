namespace SpineConformance.Validation.Lr;

/// <summary>One element an HL7 choice may hold, and what it stands for: <c>AgentDeviceSDS</c>, a system.</summary>
internal sealed record LrChoice(string Element, string Role)
{
    /// <summary>"a user (AgentPerson) or a system (AgentDeviceSDS)": the choices in the order given.</summary>
    public static string Describe(IEnumerable<LrChoice> choices) => string.Join(" or ", choices.Select(c => $"a {c.Role} ({c.Element})"));
}
