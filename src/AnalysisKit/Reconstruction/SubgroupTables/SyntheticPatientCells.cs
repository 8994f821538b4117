using System.Globalization;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The cells every synthetic patient file shares (<see cref="IpdCsv"/>, <see cref="AddedPatientsCsv"/>):
/// times in months with two decimals, events 0/1 and the <c>synthetic</c> flag, written in the
/// invariant culture and read back with file, line and column on every bad cell.
/// </summary>
internal static class SyntheticPatientCells
{
    /// <summary>A time as written: two decimals.</summary>
    public static string Time(double months) => months.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An event as written: 1 or 0.</summary>
    public static string Flag(bool value) => value ? "1" : "0";

    /// <summary>A time of 0 or more.</summary>
    public static double ReadTime(CsvTable table, int row, string column)
    {
        var cell = table.Cell(row, table.ColumnIndex(column));
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0
            ? v
            : throw new DataFileException(table.File, table.LineOf(row), column, $"'{cell}' is not a time of 0 or more.");
    }

    /// <summary>An event flag, 1 or 0.</summary>
    public static bool ReadEvent(CsvTable table, int row, string column) => table.Cell(row, table.ColumnIndex(column)) switch
    {
        "1" => true,
        "0" => false,
        var other => throw new DataFileException(table.File, table.LineOf(row), column, $"'{other}' is not an event flag (0 or 1)."),
    };

    /// <summary>Refuses a row whose <c>synthetic</c> cell is not <c>true</c>.</summary>
    public static void RequireSynthetic(CsvTable table, int row)
    {
        if (table.Cell(row, table.ColumnIndex("synthetic")) != "true")
            throw new DataFileException(table.File, table.LineOf(row), "synthetic", "every row of a synthetic patient file must be marked synthetic = true.");
    }
}
