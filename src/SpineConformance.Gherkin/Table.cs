using SpineConformance.Gherkin.Conversion;

namespace SpineConformance.Gherkin;

/// <summary>A Gherkin data table: the first row is the header.</summary>
public sealed class Table
{
    private readonly StepValueConverter converter;

    public Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
        : this(header, rows, StepValueConverter.BuiltIn)
    {
    }

    private Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, StepValueConverter converter)
    {
        Header = header;
        Rows = rows.Select(cells => new TableRow(this, cells)).ToList();
        this.converter = converter;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Makes one <typeparamref name="T"/> per row, matching columns to properties or constructor
    /// parameters ignoring case, spaces and underscores, converting cells as step arguments are converted.</summary>
    public IReadOnlyList<T> CreateSet<T>() =>
        Rows.Select(row => TableObjectMapper.Create<T>(Header, row.Cells, converter)).ToList();

    /// <summary>Makes one <typeparamref name="T"/> from a vertical "Field | Value" table, or from a table's only row.</summary>
    public T CreateInstance<T>()
    {
        if (IsVertical())
        {
            return TableObjectMapper.Create<T>(
                Rows.Select(r => r.Cells[0]).ToList(),
                Rows.Select(r => r.Cells[1]).ToList(),
                converter);
        }

        if (Rows.Count != 1)
        {
            throw new InvalidOperationException(
                $"CreateInstance<{typeof(T).Name}> needs a 'Field | Value' table or a table with one row; this one has {Rows.Count} rows.");
        }

        return TableObjectMapper.Create<T>(Header, Rows[0].Cells, converter);
    }

    public override string ToString()
    {
        var lines = new[] { Header }.Concat(Rows.Select(r => r.Cells)).Select(cells => "| " + string.Join(" | ", cells) + " |");
        return string.Join(Environment.NewLine, lines);
    }

    internal Table WithConverter(StepValueConverter scenarioConverter) =>
        new(Header, Rows.Select(r => r.Cells).ToList(), scenarioConverter);

    private bool IsVertical() =>
        Header.Count == 2
        && Header[0].Trim().ToUpperInvariant() is "FIELD" or "PROPERTY" or "NAME"
        && Header[1].Trim().Equals("VALUE", StringComparison.OrdinalIgnoreCase);
}
