using System.Collections.Concurrent;

namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// What the stateful defects remember for the life of the SUT: the first value a cached or stale field took (a creation
/// time, a message id, an author), as a client that computes it once and reuses it would. Empty, and unused, when no such
/// defect is switched on.
/// </summary>
public sealed class DefectMemory
{
    public const string CreationTime = "creationTime";
    public const string WsaMessageId = "wsa:MessageID";
    public const string AuthorRoleProfile = "author role profile";
    public const string AuthorUser = "author user";
    public const string AuthorJobRole = "author job role";

    private readonly ConcurrentDictionary<string, string> first = new(StringComparer.Ordinal);

    /// <summary>The value <paramref name="key"/> took the first time it was asked for (this one, when it is the first).</summary>
    public string FirstOf(string key, string value) => first.GetOrAdd(key, value);
}
