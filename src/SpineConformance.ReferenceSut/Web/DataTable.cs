namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// A table whose rows carry their key values in <c>data-*</c> attributes (codes and ids as the system holds them) beside
/// the words a user reads, so the suite's browser driver reads the row, not the wording. Everything shown is encoded.
/// </summary>
internal static class DataTable
{
    public static string Render(string id, string? kind, string[] headings, IEnumerable<string> rows) => $"""
        <table id="{id}"{(kind is null ? string.Empty : $" data-kind=\"{kind}\"")}>
        <thead><tr>{string.Concat(headings.Select(h => $"<th>{PageLayout.Encode(h)}</th>"))}</tr></thead>
        <tbody>
        {string.Join(Environment.NewLine, rows)}
        </tbody>
        </table>
        """;

    /// <summary>A row whose <c>data-*</c> attributes are the non-null key values.</summary>
    public static string Row((string Name, string? Value)[] data, params string?[] cells) =>
        $"<tr{string.Concat(data.Where(d => d.Value is not null).Select(d => $" data-{d.Name}=\"{PageLayout.Encode(d.Value)}\""))}>"
        + string.Concat(cells.Select(c => $"<td>{PageLayout.Encode(c)}</td>")) + "</tr>";
}
