using System.Globalization;
using AnalysisKit.Display;

namespace AnalysisKit.Comparison;

/// <summary>
/// The cross-trial results as display tables (HTML in notebooks and in the report, aligned text
/// elsewhere). One rendering serves the notebooks and the HTML report; nothing is recomputed here.
/// </summary>
public static class ComparisonTables
{
    /// <summary>The harmonised profiles: one row per trial with design, population, sequence and patients.</summary>
    public static DisplayTable Profiles(IReadOnlyList<TrialProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var table = new DisplayTable("Trials lined up (as each paper states them)", "trial", "design", "population", "printed population figures", "treatment sequence", "patients");
        foreach (var p in profiles)
            table.AddRow(p.Trial, p.Design, p.Population, string.Join("; ", p.Figures.Select(f => $"{f.Characteristic}: {f.Printed}" + (f.Note.Length > 0 ? $" ({f.Note})" : ""))), p.Sequence, p.Patients);
        return table;
    }

    /// <summary>Every endpoint of every trial with its definition, criteria, time origin and assessment.</summary>
    public static DisplayTable Endpoints(IReadOnlyList<TrialProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var table = new DisplayTable("Endpoints as each paper defines them", "trial", "endpoint", "role", "definition", "criteria", "time origin", "assessment");
        foreach (var p in profiles)
        foreach (var e in p.Endpoints)
            table.AddRow(p.Trial, e.Name, e.Role, e.Definition, e.ResponseCriteria ?? "not stated", e.TimeOrigin ?? "not stated", e.Assessment);
        return table;
    }

    /// <summary>Per-trial counts and the pooled proportion of one outcome, with the caveats.</summary>
    public static DisplayTable Pooled(PooledOutcome pooled)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        var table = new DisplayTable($"{pooled.Outcome}: per trial (exact 95% CI) and pooled", "trial", "events / n", "proportion", "95% CI", "weight %", "criteria", "assessment");
        var result = pooled.Result;
        for (var i = 0; i < pooled.Counts.Count; i++)
        {
            var c = pooled.Counts[i];
            var study = result?.Studies[i];
            var interval = study is null
                ? Proportions.BinomialConfidence.ClopperPearson(c.Events, c.Patients)
                : null;
            var lower = study?.ProportionLower ?? interval!.Lower;
            var upper = study?.ProportionUpper ?? interval!.Upper;
            table.AddRow(c.Trial, $"{c.Events} / {c.Patients}", DisplayCell.Number((double)c.Events / c.Patients, 3),
                $"{Fixed(lower)}–{Fixed(upper)}", result is null ? "" : DisplayCell.Number(result.Model.Weights[i], 1), c.Criteria, c.Assessment);
        }
        if (result is not null)
        {
            table.AddRow($"pooled ({Method(pooled)})", "", DisplayCell.Number(result.Proportion, 3),
                $"{Fixed(result.ProportionLower)}–{Fixed(result.ProportionUpper)}", "100.0",
                $"prediction interval {Fixed(result.ProportionPredictionLower)}–{Fixed(result.ProportionPredictionUpper)}",
                $"τ² = {DisplayNumber.Significant(result.Model.Tau2, 4)}, I² = {DisplayNumber.Fixed(result.Model.I2, 1)}%, Q = {DisplayNumber.Fixed(result.Model.Q, 2)} (p = {DisplayNumber.PValue(result.Model.QP)})");
        }
        else
        {
            table.AddRow("not pooled", "", "", "", "", pooled.NotPooledBecause ?? "", "");
        }
        return table;
    }

    /// <summary>Medians, landmark rates and RMST of the cohorts side by side; synthetic cohorts are labelled.</summary>
    public static DisplayTable Survival(SurvivalComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var headers = new List<string> { "trial", "endpoint", "data", "n", "events", "median (95% CI)" };
        headers.AddRange(comparison.LandmarkTimes.Select(t => $"S({Show(t)}) (95% CI)"));
        headers.Add($"RMST to {Show(comparison.Horizon)} (95% CI)");
        var caption = "Time-to-event results side by side" + (comparison.AnySynthetic ? " — synthetic patients reconstructed from published summaries, not trial data" : "");
        var table = new DisplayTable(caption, [.. headers]);
        foreach (var row in comparison.Rows)
        {
            var median = row.Curve.Median;
            var cells = new List<object?>
            {
                row.Cohort.Trial, row.Cohort.Endpoint, row.Cohort.Synthetic ? "synthetic" : "trial data", row.Curve.N, row.Curve.Events,
                $"{Fixed(median.Time, 1)} ({Fixed(median.Lower, 1)}–{Fixed(median.Upper, 1)})",
            };
            cells.AddRange(row.Landmarks.Select(l => l is null ? "beyond follow-up" : $"{Fixed(l.Survival)} ({Fixed(l.Lower)}–{Fixed(l.Upper)})"));
            cells.Add($"{Fixed(row.RestrictedMean.Mean, 1)} ({Fixed(row.RestrictedMeanLower, 1)}–{Fixed(row.RestrictedMeanUpper, 1)})");
            table.AddRow([.. cells]);
        }
        return table;
    }

    /// <summary>The cited external figures with their comparability.</summary>
    public static DisplayTable References(IReadOnlyList<ReferenceFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var table = new DisplayTable($"Results of other studies as {string.Join(" and ", figures.Select(f => f.CitedIn).Distinct())} cites them", "study", "arm", "population", "endpoint", "statistic", "printed", "comparable with", "note");
        foreach (var f in figures)
            table.AddRow(f.Study, f.Arm, f.Population, f.Endpoint, f.Statistic, f.Printed, f.ComparableEndpoint ?? "not comparable", f.Note);
        return table;
    }

    private static string Method(PooledOutcome pooled) =>
        pooled.Result!.Measure == MetaAnalysis.ProportionMeasure.Logit ? "logit, " + Estimator(pooled) : "Freeman–Tukey, " + Estimator(pooled);

    private static string Estimator(PooledOutcome pooled) =>
        pooled.Result!.Model.Method == MetaAnalysis.HeterogeneityEstimator.Reml ? "REML" : "DerSimonian–Laird";

    private static string Fixed(double value, int decimals = 3) => double.IsNaN(value) ? "NA" : DisplayNumber.Fixed(value, decimals);

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
