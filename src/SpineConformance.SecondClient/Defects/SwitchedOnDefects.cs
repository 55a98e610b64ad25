namespace SpineConformance.SecondClient.Defects;

/// <summary>The defects this run of the client makes; none unless <c>SecondClient:Defects</c> names some.</summary>
internal sealed class SwitchedOnDefects(SecondClientOptions options)
{
    private readonly HashSet<ClientDefect> on = [.. options.Defects.Select(ClientDefects.Find).OfType<ClientDefect>()];

    public bool Makes(ClientDefect defect) => on.Contains(defect);
}
