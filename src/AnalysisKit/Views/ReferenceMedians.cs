using System.Globalization;
using AnalysisKit.Comparison;
using AnalysisKit.Display;

namespace AnalysisKit.Views;

/// <summary>The trials' medians of one endpoint beside the comparable medians of the studies a paper cites.</summary>
public static class ReferenceMedians
{
    /// <summary>
    /// One row per trial of <paramref name="comparison"/> (its Kaplan–Meier median and CI, "synthetic"
    /// when the cohort is) and per figure of <paramref name="figures"/> whose
    /// <see cref="ReferenceFigure.ComparableEndpoint"/> is the comparison's endpoint (ignoring case)
    /// and whose statistic is a median, as printed: <c>source, who, median (months), 95% CI, data</c>,
    /// shortest median first; a median not reached sorts last, ties keep trials first.
    /// </summary>
    /// <exception cref="ArgumentException">The comparison has no rows.</exception>
    public static DisplayTable Alongside(SurvivalComparison comparison, IReadOnlyList<ReferenceFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(figures);
        if (comparison.Rows.Count == 0) throw new ArgumentException("The comparison has no trials.", nameof(comparison));
        var endpoint = comparison.Rows[0].Cohort.Endpoint;
        var rows = new List<(double Median, object?[] Cells)>();
        foreach (var r in comparison.Rows)
        {
            var m = r.Curve.Median;
            rows.Add((double.IsNaN(m.Time) ? double.PositiveInfinity : m.Time,
                [r.Cohort.Trial, $"{r.Curve.N} patients of the trial", DisplayCell.Number(m.Time, 2),
                 $"{DisplayNumber.Fixed(m.Lower, 2)}–{DisplayNumber.Fixed(m.Upper, 2)}", r.Cohort.Synthetic ? "synthetic" : "trial data"]));
        }
        foreach (var f in figures.Where(f => string.Equals(f.ComparableEndpoint, endpoint, StringComparison.OrdinalIgnoreCase)
                                             && f.Statistic.StartsWith("median", StringComparison.Ordinal)))
        {
            rows.Add((f.Value, [f.Study, $"{f.Arm}; {f.Population}", DisplayCell.Number(f.Value, 2),
                f.Lower is { } lo && f.Upper is { } hi ? $"{DisplayNumber.Significant(lo)}–{DisplayNumber.Significant(hi)}" : "not printed",
                $"printed in {f.CitedIn} line {f.SeedLine.ToString(CultureInfo.InvariantCulture)}"]));
        }
        var table = new DisplayTable($"Median {endpoint}: the trials beside the studies {string.Join(" and ", figures.Select(f => f.CitedIn).Distinct())} cites, shortest first",
            "source", "who", "median (months)", "95% CI", "data");
        foreach (var (_, cells) in rows.OrderBy(r => r.Median)) table.AddRow(cells);
        return table;
    }
}
