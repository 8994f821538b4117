namespace AnalysisKit.Data;

/// <summary>The column names of a CSV file, each once, and where each column is.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public CsvHeader(string file, string[] names)
    {
        File = file;
        Names = names;
        for (var i = 0; i < names.Length; i++)
        {
            if (!_index.TryAdd(names[i], i))
                throw new DataFileException(file, 1, names[i], "this column name appears twice in the header.");
        }
    }

    /// <summary>Path of the file, as the user gave it.</summary>
    public string File { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>True when the header names the column.</summary>
    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The 0-based index of a column; throws <see cref="DataFileException"/> listing the header when absent.</summary>
    public int IndexOf(string column)
    {
        if (_index.TryGetValue(column, out var index)) return index;
        throw new DataFileException(File, 1, column,
            $"there is no such column; the header has: {string.Join(", ", Names)}.");
    }
}
