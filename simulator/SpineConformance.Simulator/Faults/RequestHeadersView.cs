using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SpineConformance.Simulator.Faults;

/// <summary>
/// The request's HTTP headers as a fault rule sees them (one comma-joined value per name, looked up without regard to
/// case, as <see cref="IHeaderDictionary"/> already does), read in place: most requests meet no rule that looks at a
/// header, so copying every header of every request into a dictionary was wasted work on the hot path.
/// </summary>
internal sealed class RequestHeadersView(IHeaderDictionary headers) : IReadOnlyDictionary<string, string>
{
    public int Count => headers.Count;

    public IEnumerable<string> Keys => headers.Keys;

    public IEnumerable<string> Values => headers.Values.Select(v => v.ToString());

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The request has no '{key}' header.");

    public bool ContainsKey(string key) => headers.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (headers.TryGetValue(key, out var values))
        {
            value = values.ToString();
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
