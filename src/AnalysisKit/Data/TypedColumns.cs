namespace AnalysisKit.Data;

/// <summary>The columns <see cref="TypedCsvReader"/> read from one file, each already typed and checked.</summary>
public sealed class TypedColumns
{
    private readonly IReadOnlyDictionary<(string Column, CsvColumnType Type), object> _columns;

    internal TypedColumns(string file, int rowCount, IReadOnlyDictionary<(string Column, CsvColumnType Type), object> columns)
    {
        File = file;
        RowCount = rowCount;
        _columns = columns;
    }

    /// <summary>Path of the file the columns were read from.</summary>
    public string File { get; }

    /// <summary>Number of data records (the header not counted).</summary>
    public int RowCount { get; }

    /// <summary>Whether <paramref name="column"/> was read as <paramref name="type"/> (a column read only if present may be absent).</summary>
    public bool Has(string column, CsvColumnType type) => _columns.ContainsKey((column, type));

    /// <summary>A column read as <see cref="CsvColumnType.Time"/> or <see cref="CsvColumnType.Number"/>.</summary>
    public double[] Numbers(string column) =>
        _columns.ContainsKey((column, CsvColumnType.Number)) ? Get<double[]>(column, CsvColumnType.Number) : Get<double[]>(column, CsvColumnType.Time);

    /// <summary>A column read as <see cref="CsvColumnType.Event"/>: true where the row had the event.</summary>
    public bool[] Events(string column) => Get<bool[]>(column, CsvColumnType.Event);

    /// <summary>A column read as <see cref="CsvColumnType.Label"/>.</summary>
    public LabelColumn Labels(string column) => Get<LabelColumn>(column, CsvColumnType.Label);

    private T Get<T>(string column, CsvColumnType type) where T : class =>
        _columns.TryGetValue((column, type), out var values) && values is T typed
            ? typed
            : throw new ArgumentException($"The column '{column}' was not read as {type}.", nameof(column));
}
