using System.Globalization;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// One score of synthetic patients against the true patients they were rebuilt from, beside the
/// same score between two real samples of the same size (<c>spread.csv</c> of a validation
/// cohort: median and 90th percentile over fixed-seed draws).
/// </summary>
/// <param name="Score">The score's name (<see cref="ValidationScores"/>).</param>
/// <param name="Synthetic">The score of the synthetic patients against the true ones; NaN when it cannot be computed (a Cox model that does not converge).</param>
/// <param name="RealMedian">Median of the score between two real samples.</param>
/// <param name="RealP90">90th percentile of the score between two real samples.</param>
public sealed record ValidationComparison(string Score, double Synthetic, double RealMedian, double RealP90)
{
    /// <summary>True when the synthetic patients are no farther from the truth than 90% of real samples are from each other.</summary>
    public bool AsCloseAsARealSample => Synthetic <= RealP90;

    /// <summary>
    /// The scores of the synthetic patients in <paramref name="syntheticFile"/> (an <c>ipd.csv</c>)
    /// against the validation cohort whose truth is in <paramref name="truthFolder"/>
    /// (<c>patients.csv</c>, <c>variables.csv</c>, <c>spread.csv</c>), in <see cref="ValidationScores"/> order.
    /// </summary>
    /// <exception cref="DataFileException">A truth file is missing or malformed.</exception>
    public static IReadOnlyList<ValidationComparison> Of(string truthFolder, string syntheticFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(truthFolder);
        var truth = ValidationPatients.Read(Path.Combine(truthFolder, "patients.csv"));
        var synthetic = ValidationPatients.Read(syntheticFile);
        var variables = CsvTable.Read(Path.Combine(truthFolder, "variables.csv"));
        var cox = Enumerable.Range(0, variables.RowCount)
            .Where(r => variables.Cell(r, variables.ColumnIndex("in_cox")) == "true")
            .Select(r => variables.Cell(r, variables.ColumnIndex("variable")))
            .ToList();
        var spreadPath = Path.Combine(truthFolder, "spread.csv");
        var spread = CsvTable.Read(spreadPath);
        var real = new Dictionary<string, (double Median, double P90)>(StringComparer.Ordinal);
        for (var r = 0; r < spread.RowCount; r++)
            real[spread.Cell(r, spread.ColumnIndex("statistic"))] = (Number(spread, r, "median"), Number(spread, r, "p90"));
        return ValidationScores.Compute(truth, synthetic, cox)
            .Select(s => real.TryGetValue(s.Name, out var spreadOf)
                ? new ValidationComparison(s.Name, s.Value, spreadOf.Median, spreadOf.P90)
                : throw new DataFileException(spreadPath, 0, s.Name, "the real-sample spread of this score is missing."))
            .ToList();

        static double Number(CsvTable table, int row, string column)
        {
            var text = table.Cell(row, table.ColumnIndex(column));
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new DataFileException(table.File, table.LineOf(row), column, $"'{text}' is not a number.");
        }
    }
}
