namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>One way of breaking a request, named so a failing case says what was done to it.</summary>
public sealed record Mutation(string Name, Func<Random, BadRequest, BadRequest> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every mutation the fuzz test draws from: bytes, XML (elements, attributes, text) in the SOAP body or in any MIME part,
/// the MIME packaging itself, and the HTTP headers and path.
/// </summary>
internal static class Mutations
{
    public static IReadOnlyList<Mutation> All { get; } = [.. ByteMutations.All, .. XmlMutations.All, .. MimeMutations.All, .. HeaderMutations.All];

    /// <summary>Values chosen to hurt: empty, huge, markup, entities, SQL, characters XML forbids, other encodings' favourites.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        string.Empty, " ", "0", "-1", "99999999999999999999999999", "9434765919", "9434765918", "<x/>", "&amp;", "&lt;script&gt;", "<script>alert(1)</script>",
        "<![CDATA[x]]>", "]]>", "'; DROP TABLE journal_entries; --", "\" OR \"1\"=\"1", "caf\u00e9", "\ud83d\ude00", "\ud800", "\u0000", "\u0001", "\uFFFE",
        "urn:nhs:names:services:lrs/REPC_IN010000UK15", "uuid:", "uuid:00000000-0000-0000-0000-000000000000", "2.16.840.1.113883.2.1.4.1",
        "1.2.826.0.1285.0.2.0.107", "20260229250000", new string('9', 1000), new string('x', 70_000), "%00", "../../etc/passwd", "${jndi:ldap://x}",
    ];

    public static string AnyHostile(Random random) => Hostile[random.Next(Hostile.Count)];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
