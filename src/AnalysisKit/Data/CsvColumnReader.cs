namespace AnalysisKit.Data;

/// <summary>
/// Typed reads of whole columns of a <see cref="CsvTable"/>, by the same cell rules as
/// <see cref="TypedCsvReader"/>. Every bad cell is reported with file, line and column through
/// <see cref="DataFileException"/>.
/// </summary>
public static class CsvColumnReader
{
    /// <summary>
    /// Reads a survival time column: finite, non-negative numbers with '.' as the decimal point.
    /// </summary>
    public static double[] Times(CsvTable table, string column) =>
        Read(table, column, (cell, line) => CsvCells.Time(cell, table.File, line, column));

    /// <summary>
    /// Reads an event-status column. Accepted codings (one coding per column):
    /// 0/1 (1 = event), 1/2 as R's <c>Surv</c> (1 = censored, 2 = event), and true/false.
    /// A column holding only 1s is read as 0/1 coding (every subject had the event).
    /// </summary>
    public static bool[] Events(CsvTable table, string column)
    {
        var index = table.ColumnIndex(column);
        var events = new EventColumn(table.File, column, table.RowCount);
        for (var row = 0; row < table.RowCount; row++) events.Add(table.Cell(row, index), table.LineOf(row));
        return events.ToArray();
    }

    /// <summary>Reads a numeric column: finite numbers with '.' as the decimal point; empty cells, NA and NaN are refused.</summary>
    public static double[] Numbers(CsvTable table, string column) =>
        Read(table, column, (cell, line) => CsvCells.Number(cell, table.File, line, column));

    /// <summary>Reads a column of counts: whole numbers, 0 or more.</summary>
    public static int[] Counts(CsvTable table, string column)
    {
        var values = Numbers(table, column);
        var counts = new int[values.Length];
        for (var row = 0; row < values.Length; row++)
        {
            var v = values[row];
            if (v < 0 || v != Math.Floor(v) || v > int.MaxValue)
                throw new DataFileException(table.File, table.LineOf(row), column,
                    $"'{table.Cell(row, table.ColumnIndex(column))}' is not a count; counts are whole numbers, 0 or more.");
            counts[row] = (int)v;
        }
        return counts;
    }

    /// <summary>Reads a text column (group labels, factor levels); empty cells are refused.</summary>
    public static string[] Labels(CsvTable table, string column)
    {
        var index = table.ColumnIndex(column);
        var values = new string[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            var cell = table.Cell(row, index);
            CsvCells.RequireLabel(cell, table.File, table.LineOf(row), column);
            values[row] = cell;
        }
        return values;
    }

    private static double[] Read(CsvTable table, string column, Func<string, int, double> parse)
    {
        var index = table.ColumnIndex(column);
        var values = new double[table.RowCount];
        for (var row = 0; row < table.RowCount; row++) values[row] = parse(table.Cell(row, index), table.LineOf(row));
        return values;
    }
}
