using System.Globalization;

namespace AnalysisKit.Data;

/// <summary>
/// The rules for one cell of a typed column, written once for <see cref="CsvColumnReader"/> and
/// <see cref="TypedCsvReader"/>: each bad cell is a <see cref="DataFileException"/> naming file,
/// line and column.
/// </summary>
internal static class CsvCells
{
    /// <summary>A finite number with '.' as the decimal point; empty cells, NA and NaN are refused.</summary>
    public static double Number(ReadOnlySpan<char> cell, string file, int line, string column)
    {
        if (cell.IsEmpty)
            throw new DataFileException(file, line, column, "the value is missing.");
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw new DataFileException(file, line, column, $"'{cell}' is not a number (use '.' as the decimal point).");
        if (!double.IsFinite(value))
            throw new DataFileException(file, line, column, $"'{cell}' is not a finite number.");
        return value;
    }

    /// <summary>A follow-up time: a <see cref="Number"/> that is 0 or more.</summary>
    public static double Time(ReadOnlySpan<char> cell, string file, int line, string column)
    {
        var value = Number(cell, file, line, column);
        if (value < 0)
            throw new DataFileException(file, line, column, $"the time '{cell}' is negative; follow-up times must be 0 or more.");
        return value;
    }

    /// <summary>A label (group, stratum, factor level): any text but empty.</summary>
    public static void RequireLabel(ReadOnlySpan<char> cell, string file, int line, string column)
    {
        if (cell.IsEmpty)
            throw new DataFileException(file, line, column, "the value is missing.");
    }
}
