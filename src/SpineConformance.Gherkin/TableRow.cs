namespace SpineConformance.Gherkin;

public sealed class TableRow
{
    private readonly Table table;

    internal TableRow(Table table, IReadOnlyList<string> cells)
    {
        this.table = table;
        Cells = cells;
    }

    public IReadOnlyList<string> Cells { get; }

    public string this[int column] => Cells[column];

    /// <summary>The cell under <paramref name="column"/>, matched exactly as written in the header.</summary>
    public string this[string column]
    {
        get
        {
            var index = table.Header.ToList().IndexOf(column);
            return index >= 0
                ? Cells[index]
                : throw new KeyNotFoundException($"The table has no column '{column}'. Columns: {string.Join(", ", table.Header)}.");
        }
    }
}
