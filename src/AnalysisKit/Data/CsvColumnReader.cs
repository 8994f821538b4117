using System.Globalization;

namespace AnalysisKit.Data;

/// <summary>
/// Typed reads of whole columns of a <see cref="CsvTable"/>. Every bad cell is reported with
/// file, line and column through <see cref="DataFileException"/>.
/// </summary>
public static class CsvColumnReader
{
    /// <summary>
    /// Reads a survival time column: finite, non-negative numbers with '.' as the decimal point.
    /// </summary>
    public static double[] Times(CsvTable table, string column)
    {
        var values = Numbers(table, column);
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] < 0)
                throw new DataFileException(table.File, table.LineOf(row), column,
                    $"the time '{table.Cell(row, table.ColumnIndex(column))}' is negative; follow-up times must be 0 or more.");
        }
        return values;
    }

    /// <summary>
    /// Reads an event-status column. Accepted codings (one coding per column):
    /// 0/1 (1 = event), 1/2 as R's <c>Surv</c> (1 = censored, 2 = event), and true/false.
    /// A column holding only 1s is read as 0/1 coding (every subject had the event).
    /// </summary>
    public static bool[] Events(CsvTable table, string column)
    {
        var index = table.ColumnIndex(column);
        var text = new string[table.RowCount];
        var sawZero = false;
        var sawTwo = false;
        var sawBoolean = false;
        var sawNumber = false;
        for (var row = 0; row < table.RowCount; row++)
        {
            var cell = table.Cell(row, index).ToLowerInvariant();
            text[row] = cell;
            switch (cell)
            {
                case "0": sawZero = true; sawNumber = true; break;
                case "1": sawNumber = true; break;
                case "2": sawTwo = true; sawNumber = true; break;
                case "true" or "false": sawBoolean = true; break;
                case "":
                    throw new DataFileException(table.File, table.LineOf(row), column, "the event status is missing.");
                default:
                    throw new DataFileException(table.File, table.LineOf(row), column,
                        $"the event status '{table.Cell(row, index)}' is not understood; use 0/1 (1 = event), 1/2 (2 = event) or true/false.");
            }
        }
        if (sawZero && sawTwo)
        {
            var row = Array.FindIndex(text, t => t == "2");
            throw new DataFileException(table.File, table.LineOf(row), column,
                "the column mixes 0/1 and 1/2 codings (it holds 0, 1 and 2); use one coding for the whole column.");
        }
        if (sawBoolean && sawNumber)
        {
            var row = Array.FindIndex(text, t => t is "true" or "false");
            throw new DataFileException(table.File, table.LineOf(row), column,
                "the column mixes true/false with numeric codes; use one coding for the whole column.");
        }
        var eventCode = sawTwo ? "2" : sawBoolean ? "true" : "1";
        return text.Select(t => t == eventCode).ToArray();
    }

    /// <summary>Reads a numeric column: finite numbers with '.' as the decimal point; empty cells, NA and NaN are refused.</summary>
    public static double[] Numbers(CsvTable table, string column)
    {
        var index = table.ColumnIndex(column);
        var values = new double[table.RowCount];
        for (var row = 0; row < table.RowCount; row++)
        {
            var cell = table.Cell(row, index);
            if (cell.Length == 0)
                throw new DataFileException(table.File, table.LineOf(row), column, "the value is missing.");
            if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new DataFileException(table.File, table.LineOf(row), column,
                    $"'{cell}' is not a number (use '.' as the decimal point).");
            if (!double.IsFinite(value))
                throw new DataFileException(table.File, table.LineOf(row), column,
                    $"'{cell}' is not a finite number.");
            values[row] = value;
        }
        return values;
    }

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
            if (cell.Length == 0)
                throw new DataFileException(table.File, table.LineOf(row), column, "the value is missing.");
            values[row] = cell;
        }
        return values;
    }
}
