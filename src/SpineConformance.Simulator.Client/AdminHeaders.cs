namespace SpineConformance.Simulator.Client;

/// <summary>The HTTP headers of the admin API that carry something beyond the JSON body.</summary>
public static class AdminHeaders
{
    /// <summary>On <c>GET /admin/journal</c>: the highest journal id handed out so far, a mark to ask for what comes after it.</summary>
    public const string JournalLastId = "X-Journal-Last-Id";

    /// <summary>The admin API key, when the simulator was started with <c>--api-key</c>.</summary>
    public const string ApiKey = "X-Api-Key";
}
