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
    private readonly CsvHeader _header;
    private readonly string[] _cells; // row-major: cell (row, column) at row * column count + column
    private readonly int[] _lines;
    private readonly int _columnCount;

    private CsvTable(CsvHeader header, string[] cells, int[] lines)
    {
        _header = header;
        _cells = cells;
        _columnCount = header.Names.Count;
        _lines = lines;
    }

    /// <summary>Path of the file the table was read from.</summary>
    public string File => _header.File;

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header => _header.Names;

    /// <summary>Number of data records (the header not counted).</summary>
    public int RowCount => _lines.Length;

    /// <summary>Reads a CSV file. Throws <see cref="DataFileException"/> for a missing, empty or ragged file.</summary>
    public static CsvTable Read(string path)
    {
        using var csv = CsvSource.Open(path);
        return Parse(csv, path);
    }

    /// <summary>Parses CSV text; <paramref name="file"/> is the name used in error messages.</summary>
    public static CsvTable Parse(TextReader text, string file)
    {
        using var csv = CsvReader.Create(text, CsvSource.Options, leaveOpen: true);
        return Parse(csv, file);
    }

    private static CsvTable Parse(CsvReader csv, string file)
    {
        try
        {
            var header = CsvSource.ReadHeader(csv, file);
            var cells = new List<string>();
            var lines = new List<int>();
            while (csv.Read())
            {
                CsvSource.CheckFieldCount(csv, header);
                for (var i = 0; i < header.Names.Count; i++) cells.Add(csv.GetString(i).Trim());
                lines.Add(checked((int)csv.LineNumber));
            }
            return new CsvTable(header, cells.ToArray(), lines.ToArray());
        }
        catch (CsvFormatException e)
        {
            throw CsvSource.NotCsv(e, file);
        }
    }

    /// <summary>True when the header names the column.</summary>
    public bool HasColumn(string column) => _header.Has(column);

    /// <summary>The 0-based index of a column; throws <see cref="DataFileException"/> naming the file when absent.</summary>
    public int ColumnIndex(string column) => _header.IndexOf(column);

    /// <summary>The raw text of one cell (trimmed).</summary>
    public string Cell(int row, int columnIndex)
    {
        if ((uint)columnIndex >= (uint)_columnCount) throw new ArgumentOutOfRangeException(nameof(columnIndex));
        return _cells[row * _columnCount + columnIndex];
    }

    /// <summary>The 1-based line in the file where data record <paramref name="row"/> starts.</summary>
    public int LineOf(int row) => _lines[row];
}
