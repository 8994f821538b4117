using System.Globalization;
using AnalysisKit.Data;
using AnalysisKit.Trials;

namespace AnalysisKit.Comparison;

/// <summary>Loads <c>data/external/reference-figures.csv</c>: other studies' results cited as context.</summary>
public static class ReferenceFigures
{
    /// <summary>Path of the file inside the data folder.</summary>
    public const string RelativePath = "external/reference-figures.csv";

    /// <summary>Every figure in file order; bad cells fail with file, line and column.</summary>
    public static IReadOnlyList<ReferenceFigure> Load(TrialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = Path.Combine(catalog.DataRoot, "external", "reference-figures.csv");
        var table = CsvTable.Read(path);
        var values = CsvColumnReader.Numbers(table, "value");
        var lines = CsvColumnReader.Counts(table, "seed_line");
        string Text(int row, string column) => table.Cell(row, table.ColumnIndex(column));
        double? Optional(int row, string column)
        {
            var cell = Text(row, column);
            if (cell.Length == 0) return null;
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
            throw new DataFileException(path, table.LineOf(row), column, $"'{cell}' is not a number (use '.' as the decimal point).");
        }
        return Enumerable.Range(0, table.RowCount).Select(row => new ReferenceFigure(
            Text(row, "id"), Text(row, "study"), Text(row, "arm"), Text(row, "population"), Text(row, "endpoint"),
            Text(row, "statistic"), Text(row, "printed"), values[row], Optional(row, "ci_lower"), Optional(row, "ci_upper"),
            Text(row, "comparable_endpoint") is { Length: > 0 } e ? e : null, Text(row, "note"), Text(row, "source_sentence"), lines[row], Text(row, "cited_in"))).ToList();
    }
}
