using System.Text;
using CsvHelper;

namespace AnalysisKit.Data;

/// <summary>
/// Reads chosen columns of a CSV file straight into typed arrays in one pass: each field is
/// taken as UTF-8 bytes from CsvHelper, decoded into a reused buffer, trimmed and parsed, with
/// no string per cell and no table of text. Labels become a <see cref="LabelColumn"/>. Every
/// bad cell is a <see cref="DataFileException"/> naming the file, the line and the column, with
/// the same wording as <see cref="CsvColumnReader"/>.
/// </summary>
public static class TypedCsvReader
{
    /// <summary>Reads the named columns of <paramref name="path"/>; other columns are skipped.</summary>
    /// <param name="path">CSV file with a header row.</param>
    /// <param name="columns">Each column to read and its type; a column may be read as several types (a stratum that is also a covariate).</param>
    /// <param name="ifPresent">Columns read only when the file has them (<see cref="TypedColumns.Has"/> tells), such as the <c>synthetic</c> flag.</param>
    /// <exception cref="DataFileException">The file is missing, empty, ragged or not CSV; a column is absent; a cell is bad; there are no data rows.</exception>
    public static TypedColumns Read(string path, IEnumerable<(string Column, CsvColumnType Type)> columns,
        IEnumerable<(string Column, CsvColumnType Type)>? ifPresent = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var csv = CsvSource.Open(path);
        try
        {
            var header = CsvSource.ReadHeader(csv, path);
            var rowHint = ColumnBuffer<byte>.RowCountHint(path);
            var sinks = new List<(int Index, Sink Sink)>();
            var wanted = columns.Concat((ifPresent ?? []).Where(c => header.Has(c.Column))).Distinct();
            foreach (var (column, type) in wanted)
                sinks.Add((header.IndexOf(column), Sink.For(type, path, column, rowHint)));
            var rows = ReadRows(csv, header, sinks);
            if (rows == 0)
                throw new DataFileException(path, 0, null, "the file has a header but no data rows.");
            return new TypedColumns(path, rows, sinks.ToDictionary(s => (s.Sink.Column, s.Sink.Type), s => s.Sink.Result()));
        }
        catch (CsvFormatException e)
        {
            throw CsvSource.NotCsv(e, path);
        }
    }

    private static int ReadRows(CsvReader csv, CsvHeader header, List<(int Index, Sink Sink)> sinks)
    {
        var buffer = new char[64];
        var rows = 0;
        while (csv.Read())
        {
            CsvSource.CheckFieldCount(csv, header);
            var line = checked((int)csv.LineNumber);
            foreach (var (index, sink) in sinks)
            {
                var bytes = csv.GetSpan(index);
                if (bytes.Length > buffer.Length) buffer = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
                var chars = Encoding.UTF8.GetChars(bytes, buffer);
                sink.Add(buffer.AsSpan(0, chars).Trim(), line);
            }
            rows++;
        }
        return rows;
    }

    /// <summary>Where the cells of one column go.</summary>
    private abstract class Sink(string column, CsvColumnType type)
    {
        public string Column { get; } = column;

        public CsvColumnType Type { get; } = type;

        public abstract void Add(ReadOnlySpan<char> cell, int line);

        public abstract object Result();

        public static Sink For(CsvColumnType type, string file, string column, int rows) => type switch
        {
            CsvColumnType.Time => new NumberSink(file, column, isTime: true, rows),
            CsvColumnType.Number => new NumberSink(file, column, isTime: false, rows),
            CsvColumnType.Event => new EventSink(file, column, rows),
            CsvColumnType.Label => new LabelSink(file, column, rows),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    private sealed class NumberSink(string file, string column, bool isTime, int rows) : Sink(column, isTime ? CsvColumnType.Time : CsvColumnType.Number)
    {
        private readonly ColumnBuffer<double> _values = new(rows);

        public override void Add(ReadOnlySpan<char> cell, int line) =>
            _values.Add(isTime ? CsvCells.Time(cell, file, line, Column) : CsvCells.Number(cell, file, line, Column));

        public override object Result() => _values.ToArray();
    }

    private sealed class EventSink(string file, string column, int rows) : Sink(column, CsvColumnType.Event)
    {
        private readonly EventColumn _events = new(file, column, rows);

        public override void Add(ReadOnlySpan<char> cell, int line) => _events.Add(cell, line);

        public override object Result() => _events.ToArray();
    }

    private sealed class LabelSink(string file, string column, int rows) : Sink(column, CsvColumnType.Label)
    {
        private readonly LabelColumnBuilder _labels = new(rows);

        public override void Add(ReadOnlySpan<char> cell, int line)
        {
            CsvCells.RequireLabel(cell, file, line, Column);
            _labels.Add(cell);
        }

        public override object Result() => _labels.ToColumn();
    }
}
