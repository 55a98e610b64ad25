using System.Globalization;
using System.Text.RegularExpressions;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;

namespace SpineConformance.Drivers.Settings;

/// <summary>
/// Reads one setting at a time by name, turning its raw text into a value or, when it is wrong, a problem that names the
/// setting and what it expects (collected, so a run reports every problem at once). An empty setting gives the fallback.
/// </summary>
internal sealed class SettingsReader(Func<string, string?> value, List<string> problems)
{
    public string? Text(string name) => value(name) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public T Enum<T>(string name, T fallback)
        where T : struct, System.Enum
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return parsed;
        }

        problems.Add($"{name}: '{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return fallback;
    }

    public Uri? HttpUrl(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        problems.Add($"{name}: '{text}' is not an http:// or https:// address, e.g. http://127.0.0.1:5100.");
        return null;
    }

    public T Identifier<T>(string name, Func<string?, ParseResult<T>> parse, T fallback)
        where T : notnull
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        var parsed = parse(text);
        if (parsed.Error is { } error)
        {
            problems.Add($"{name}: '{text}': {error}");
            return fallback;
        }

        return parsed.Value;
    }

    /// <summary>A comma-separated list of defect ids, each checked against the reference SUT's catalogue.</summary>
    public List<string> Defects(string name)
    {
        var ids = Text(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        var known = new List<string>();
        foreach (var id in ids)
        {
            if (DefectCatalogue.Find(id) is { } defect)
            {
                known.Add(defect.Id);
            }
            else
            {
                problems.Add($"{name}: '{id}' is not a defect of the reference SUT. The valid ids are: {DefectCatalogue.IdList()}.");
            }
        }

        return known;
    }

    /// <summary>A comma-separated list of alternative form names (or <c>all</c>), each checked against the reference SUT's catalogue.</summary>
    public List<string> Forms(string name)
    {
        var names = Text(name)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        foreach (var unknown in FormCatalogue.Unknown(names))
        {
            problems.Add($"{name}: '{unknown}' is not a form the reference SUT can send. The valid names are: {FormCatalogue.IdList()}.");
        }

        return [.. FormCatalogue.Resolve(names).Select(f => f.Id)];
    }

    /// <summary>A comma-separated list, each entry checked by <paramref name="problem"/> (null when it is fine); the fallback when empty.</summary>
    public IReadOnlyList<string> List(string name, IReadOnlyList<string> fallback, Func<string, string?> problem)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        var entries = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var wrong = entries.Select(e => (Entry: e, Problem: problem(e))).Where(e => e.Problem is not null).ToList();
        foreach (var (entry, error) in wrong)
        {
            problems.Add($"{name}: '{entry}': {error}");
        }

        return wrong.Count == 0 ? entries : fallback;
    }

    /// <summary>A value that <paramref name="problem"/> accepts (null when fine), or the fallback when empty.</summary>
    public string Checked(string name, string fallback, Func<string, string?> problem)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (problem(text) is { } error)
        {
            problems.Add($"{name}: '{text}': {error}");
            return fallback;
        }

        return text;
    }

    public string PartyKey(string name, string fallback)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        // A party key is the ODS code, a hyphen and a 7-digit number, e.g. A12345-1234567.
        if (Regex.IsMatch(text, "^[A-Z0-9]{3,10}-[0-9]{7}$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return text;
        }

        problems.Add($"{name}: '{text}' is not a party key (an ODS code, '-' and seven digits, e.g. A12345-1234567).");
        return fallback;
    }
}
