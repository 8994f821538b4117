using System.Globalization;
using CsvHelper;

namespace AnalysisKit.Data;

/// <summary>
/// A CSV file held as text cells, with the line each record came from, so that every typed
/// read (<see cref="CsvColumnReader"/>) can report the exact file, line and column of a bad
/// value. Comma separated, optional quotes, UTF-8, header row required.
/// <para>
/// Cells are kept in one row-major array, and repeated values of a column share one string
/// (CsvHelper's <c>PoolStrings</c>): survival files repeat most of their values (group labels,
/// 0/1 status, times to the day), so a million-row file costs a few bytes a cell, not a string each.
/// </para>
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _columnIndex;
    private readonly string[] _cells; // row-major: cell (row, column) at row * column count + column
    private readonly int[] _lines;
    private readonly int _columnCount;

    private CsvTable(string file, string[] header, string[] cells, int[] lines)
    {
        File = file;
        Header = header;
        _cells = cells;
        _columnCount = header.Length;
        _lines = lines;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columnIndex.TryAdd(header[i], i))
                throw new DataFileException(file, 1, header[i], "this column name appears twice in the header.");
        }
    }

    /// <summary>Path of the file the table was read from.</summary>
    public string File { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Number of data records (the header not counted).</summary>
    public int RowCount => _lines.Length;

    /// <summary>Reads a CSV file. Throws <see cref="DataFileException"/> for a missing, empty or ragged file.</summary>
    public static CsvTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.File.Exists(path))
            throw new DataFileException(path, 0, null, "the file does not exist.");
        using var stream = System.IO.File.OpenRead(path);
        using var csv = CsvReader.Create(stream, Options, leaveOpen: false);
        return Parse(csv, path);
    }

    /// <summary>Parses CSV text; <paramref name="file"/> is the name used in error messages.</summary>
    public static CsvTable Parse(TextReader text, string file)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        return Parse(csv, file);
    }

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        FormatProvider = CultureInfo.InvariantCulture,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        PoolStrings = true,
    };

    private static CsvTable Parse(CsvReader csv, string file)
    {
        string[] header;
        var cells = new List<string>();
        var lines = new List<int>();
        try
        {
            csv.ReadHeader();
            header = csv.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
                throw new DataFileException(file, 0, null, "the file is empty; a header row naming the columns is required.");
            while (csv.Read())
            {
                if (csv.FieldCount != header.Length)
                    throw new DataFileException(file, checked((int)csv.LineNumber), null,
                        $"this row has {csv.FieldCount} values but the header names {header.Length} columns.");
                for (var i = 0; i < header.Length; i++) cells.Add(csv.GetString(i).Trim());
                lines.Add(checked((int)csv.LineNumber));
            }
        }
        catch (CsvFormatException e)
        {
            throw new DataFileException(file, checked((int)e.LineNumber), null, $"the file is not valid CSV ({e.Message}).");
        }
        return new CsvTable(file, header, cells.ToArray(), lines.ToArray());
    }

    /// <summary>True when the header names the column.</summary>
    public bool HasColumn(string column) => _columnIndex.ContainsKey(column);

    /// <summary>The 0-based index of a column; throws <see cref="DataFileException"/> naming the file when absent.</summary>
    public int ColumnIndex(string column)
    {
        if (_columnIndex.TryGetValue(column, out var index)) return index;
        throw new DataFileException(File, 1, column,
            $"there is no such column; the header has: {string.Join(", ", Header)}.");
    }

    /// <summary>The raw text of one cell (trimmed).</summary>
    public string Cell(int row, int columnIndex)
    {
        if ((uint)columnIndex >= (uint)_columnCount) throw new ArgumentOutOfRangeException(nameof(columnIndex));
        return _cells[row * _columnCount + columnIndex];
    }

    /// <summary>The 1-based line in the file where data record <paramref name="row"/> starts.</summary>
    public int LineOf(int row) => _lines[row];
}
