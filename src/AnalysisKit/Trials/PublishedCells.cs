using System.Globalization;
using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>Typed reads of the cells shared by every published-number file, with file/line/column errors.</summary>
internal static class PublishedCells
{
    public const string RowGroup = "row_group";
    public const string RowLabel = "row_label";
    public const string SeedLine = "seed_line";
    public const string Note = "note";

    /// <summary>The header must hold exactly <paramref name="expected"/> (in any order).</summary>
    public static void RequireHeader(CsvTable table, IReadOnlyList<string> expected)
    {
        foreach (var column in expected)
        {
            if (!table.HasColumn(column))
                throw new DataFileException(table.File, 1, column,
                    $"the column is missing; this file needs the columns: {string.Join(", ", expected)}.");
        }
        foreach (var column in table.Header)
        {
            if (!expected.Contains(column, StringComparer.Ordinal))
                throw new DataFileException(table.File, 1, column,
                    $"the column is not part of this file's schema; expected: {string.Join(", ", expected)}.");
        }
    }

    public static string RequiredText(CsvTable table, int row, string column)
    {
        var cell = table.Cell(row, table.ColumnIndex(column));
        if (cell.Length == 0)
            throw new DataFileException(table.File, table.LineOf(row), column, "the value is missing.");
        return cell;
    }

    public static string Text(CsvTable table, int row, string column) => table.Cell(row, table.ColumnIndex(column));

    public static int PositiveInteger(CsvTable table, int row, string column)
    {
        var cell = RequiredText(table, row, column);
        if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            throw new DataFileException(table.File, table.LineOf(row), column, $"'{cell}' is not a whole number of 1 or more.");
        return value;
    }

    /// <summary>A printed number, or null for an empty cell (not printed).</summary>
    public static PrintedNumber? Number(CsvTable table, int row, string column, ValueKind kind)
    {
        var cell = table.Cell(row, table.ColumnIndex(column));
        if (cell.Length == 0) return null;
        if (!PrintedNumber.TryParse(cell, out var number))
            throw new DataFileException(table.File, table.LineOf(row), column,
                $"'{cell}' is not a printed number (digits with '.' as the decimal point, optionally a sign, '<', '%', or NA).");
        CheckKind(table, row, column, number!, kind);
        return number;
    }

    /// <summary>Counts must be whole numbers of 0 or more without a sign or per cent.</summary>
    public static void CheckKind(CsvTable table, int row, string column, PrintedNumber number, ValueKind kind)
    {
        if (kind != ValueKind.Count || !number.HasValue) return;
        if (number.Decimals != 0 || number.Value < 0 || number.IsPercent || number.Qualifier.Length > 0)
            throw new DataFileException(table.File, table.LineOf(row), column, $"'{number.Text}' is not a count (a whole number of 0 or more).");
    }
}
