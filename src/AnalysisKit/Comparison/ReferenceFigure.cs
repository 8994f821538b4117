using AnalysisKit.Data;

namespace AnalysisKit.Comparison;

/// <summary>
/// A result of another study that a paper of the kit cites (<c>data/external/reference-figures.csv</c>),
/// copied as the citing paper prints it. Context for the comparison, not a trial of the kit.
/// </summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Study">The cited study (SHARP, IMbrave150, ...).</param>
/// <param name="Arm">The arm measured.</param>
/// <param name="Population">In whom, as the citing sentence describes it.</param>
/// <param name="Endpoint"><c>OS</c>, <c>PFS</c> or <c>TTP</c>.</param>
/// <param name="Statistic"><c>median (months)</c> or <c>hazard ratio</c>.</param>
/// <param name="Printed">The printed text.</param>
/// <param name="Value">The printed number.</param>
/// <param name="Lower">Printed lower confidence limit, or null.</param>
/// <param name="Upper">Printed upper confidence limit, or null.</param>
/// <param name="Reference">Reference number in the citing paper's bibliography.</param>
/// <param name="SeedLine">Line of the citing paper's text holding the sentence.</param>
/// <param name="ComparableEndpoint">The kit's endpoint (<c>os</c>, <c>pfs</c>) the figure may be drawn against, or null when it is not a comparable single-arm figure.</param>
/// <param name="Note">Why it is or is not comparable, and doubts about the printed text.</param>
public sealed record ReferenceFigure(
    string Id, string Study, string Arm, string Population, string Endpoint, string Statistic, string Printed,
    double Value, double? Lower, double? Upper, string Reference, int SeedLine, string? ComparableEndpoint, string Note)
{
    /// <summary>File name inside the data folder's <c>external</c> folder.</summary>
    public const string FileName = "reference-figures.csv";

    /// <summary>Reads <c>external/reference-figures.csv</c> under a data folder, in file order.</summary>
    /// <exception cref="DataFileException">A cell that should be a number is not, with file, line and column.</exception>
    public static IReadOnlyList<ReferenceFigure> Load(string dataRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        var path = Path.Combine(dataRoot, "external", FileName);
        var table = CsvTable.Read(path);
        var values = CsvColumnReader.Numbers(table, "value");
        var seedLines = CsvColumnReader.Counts(table, "seed_line");
        var figures = new List<ReferenceFigure>();
        for (var row = 0; row < table.RowCount; row++)
        {
            string Cell(string column) => table.Cell(row, table.ColumnIndex(column)).Trim();
            double? Optional(string column)
            {
                var text = Cell(column);
                if (text.Length == 0) return null;
                if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v))
                    throw new DataFileException(path, table.LineOf(row), column, $"'{text}' is not a number.");
                return v;
            }
            var comparable = Cell("comparable_endpoint");
            figures.Add(new ReferenceFigure(Cell("id"), Cell("study"), Cell("arm"), Cell("population"), Cell("endpoint"), Cell("statistic"),
                Cell("printed"), values[row], Optional("ci_lower"), Optional("ci_upper"), Cell("reference"), seedLines[row],
                comparable.Length == 0 ? null : comparable, Cell("note")));
        }
        return figures;
    }
}
