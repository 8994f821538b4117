using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Comparison;
using AnalysisKit.Display;
using AnalysisKit.Reproduction.Report;

namespace AnalysisKit.Views;

/// <summary>
/// The harmonised trial profiles side by side (<see cref="EndpointHarmonisation.Profiles"/>): one
/// row per trial with design, population, treatment sequence and patient counts, then one row per
/// endpoint definition (role, definition, time origin, response criteria, assessment).
/// </summary>
/// <param name="Profiles">The profiles, in the order given.</param>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed record TrialProfilesView(IReadOnlyList<TrialProfile> Profiles) : IHtmlDisplay
{
    /// <summary>One row per trial: <c>trial, design, population, sequence, patients</c>.</summary>
    public DisplayTable DesignTable()
    {
        var table = new DisplayTable("Design, population and treatment sequence, as each paper states them", "trial", "design", "population", "sequence", "patients");
        foreach (var p in Profiles) table.AddRow(p.Trial, p.Design, p.Population, p.Sequence, p.Patients);
        return table;
    }

    /// <summary>One row per endpoint of each trial: <c>trial, endpoint, role, definition, time origin, criteria, assessment</c> ("not stated" where the paper is silent).</summary>
    public DisplayTable EndpointTable()
    {
        var table = new DisplayTable("Endpoints as each paper defines them", "trial", "endpoint", "role", "definition", "time origin", "criteria", "assessment");
        foreach (var p in Profiles)
            foreach (var e in p.Endpoints)
                table.AddRow(p.Trial, e.Name, e.Role, e.Definition, e.TimeOrigin ?? "not stated", e.ResponseCriteria ?? "not stated", e.Assessment);
        return table;
    }

    /// <summary>Printed population figures: <c>trial, characteristic, printed, note</c>.</summary>
    public DisplayTable FigureTable()
    {
        var table = new DisplayTable("Printed population characteristics", "trial", "characteristic", "printed", "note");
        foreach (var p in Profiles)
            foreach (var f in p.Figures) table.AddRow(p.Trial, f.Characteristic, f.Printed, f.Note);
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml() => ViewHtml.Result(DesignTable(), EndpointTable(), FigureTable());

    /// <inheritdoc/>
    public override string ToString() => $"{DesignTable()}\n{EndpointTable()}\n{FigureTable()}";
}

/// <summary>
/// Binary outcomes pooled across trials (<see cref="CrossTrialPooling.PoolAll"/>): per outcome each
/// trial's count and proportion, the random-effects pooled proportion with its confidence and
/// prediction intervals, τ² and I², or why nothing was pooled, and the caveats next to it.
/// </summary>
/// <param name="Outcomes">The pooled outcomes, in the order given.</param>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed record PooledOutcomesView(IReadOnlyList<PooledOutcome> Outcomes) : IHtmlDisplay
{
    /// <summary>
    /// One row per outcome: <c>outcome, trials, patients, pooled %, 95% CI, 95% PI, τ², I² %</c>
    /// (percentages with one decimal; the CI and PI back-transformed from the analysis scale); "not pooled: reason" when there is no estimate.
    /// </summary>
    public DisplayTable Summary()
    {
        var table = new DisplayTable("Pooled proportions (random effects; see the caveats under each outcome)", "outcome", "trials", "patients", "pooled %", "CI", "prediction interval", "tau²", "I² %", "method");
        foreach (var o in Outcomes)
        {
            var patients = o.Counts.Sum(c => c.Patients);
            if (o.Result is not { } r)
            {
                table.AddRow(o.Outcome, o.Counts.Count, patients, "", "", "", "", "", "not pooled: " + o.NotPooledBecause);
                continue;
            }
            var level = Percent(r.Model.Level);
            table.AddRow(o.Outcome, o.Counts.Count, patients, DisplayCell.Number(100 * r.Proportion, 1),
                $"{level} {Pct(r.ProportionLower)}–{Pct(r.ProportionUpper)}", $"{Pct(r.ProportionPredictionLower)}–{Pct(r.ProportionPredictionUpper)}",
                DisplayCell.Number(r.Model.Tau2, 4), DisplayCell.Number(r.Model.I2, 1), $"{MeasureName(r.Measure)}, {EstimatorName(r.Model.Method)}");
        }
        return table;
    }

    /// <summary>The trials' counts of one outcome: <c>trial, events, patients, %, criteria, assessment, weight %</c>.</summary>
    public static DisplayTable Counts(PooledOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var table = new DisplayTable($"{outcome.Outcome}: the trials' figures", "trial", "events", "patients", "%", "criteria", "assessment", "weight %");
        for (var i = 0; i < outcome.Counts.Count; i++)
        {
            var c = outcome.Counts[i];
            object? weight = outcome.Result is { } r && i < r.Model.Weights.Count ? DisplayCell.Number(r.Model.Weights[i], 1) : "";
            table.AddRow(c.Trial, c.Events, c.Patients, DisplayCell.Number(100.0 * c.Events / c.Patients, 1), c.Criteria, c.Assessment, weight);
        }
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder(ViewHtml.Open).Append(Summary().ToHtml());
        foreach (var o in Outcomes)
        {
            html.Append(Counts(o).ToHtml()).Append("<p><em>Caveats</em></p><ul>");
            foreach (var c in o.Caveats) html.Append("<li>").Append(HtmlText.Escape(c)).Append("</li>");
            html.Append("</ul>");
        }
        return html.Append("</div>").ToString();
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder(Summary().ToString());
        foreach (var o in Outcomes)
        {
            text.Append('\n').Append(Counts(o)).Append("Caveats:\n");
            foreach (var c in o.Caveats) text.Append("- ").Append(c).Append('\n');
        }
        return text.ToString();
    }

    private static string Pct(double p) => DisplayNumber.Fixed(100 * p, 1);

    /// <summary>metafor's name of the measure: <c>PLO</c> (logit) or <c>PFT</c> (Freeman–Tukey).</summary>
    private static string MeasureName(MetaAnalysis.ProportionMeasure measure) =>
        measure == MetaAnalysis.ProportionMeasure.Logit ? "PLO (logit)" : "PFT (Freeman–Tukey)";

    /// <summary>metafor's name of the τ² estimator: <c>REML</c> or <c>DL</c>.</summary>
    private static string EstimatorName(MetaAnalysis.HeterogeneityEstimator method) =>
        method == MetaAnalysis.HeterogeneityEstimator.Reml ? "REML" : "DL";

    private static string Percent(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>
/// A <see cref="SurvivalComparison"/> as a table: per trial <c>n</c>, events, median with its CI,
/// survival at each landmark with its CI, and RMST up to the common horizon with its CI; synthetic
/// cohorts are labelled.
/// </summary>
/// <param name="Comparison">The comparison shown.</param>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed record SurvivalComparisonView(SurvivalComparison Comparison) : IHtmlDisplay
{
    /// <summary>
    /// The table: <c>trial, endpoint, data, n, events, median (CI)</c>, one column per landmark
    /// <c>S(t) (CI)</c> in per cent, and <c>RMST to τ (CI)</c>, in months with two decimals; NA where a curve does not reach a value.
    /// </summary>
    public DisplayTable Table()
    {
        var c = Comparison;
        var level = (c.ConfidenceLevel * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        var headers = new List<string> { "trial", "endpoint", "data", "n", "events", $"median ({level} CI), months" };
        headers.AddRange(c.LandmarkTimes.Select(t => $"S({Show(t)}) % ({level} CI)"));
        headers.Add($"RMST to {DisplayNumber.Fixed(c.Horizon, 2)} months ({level} CI)");
        var table = new DisplayTable(
            $"Kaplan–Meier summaries (R survfit defaults: Greenwood, log CI){(c.AnySynthetic ? "; synthetic data: computed from reconstructed patients, not trial data" : "")}",
            [.. headers]);
        foreach (var r in c.Rows)
        {
            var m = r.Curve.Median;
            var cells = new List<object?>
            {
                r.Cohort.Trial, r.Cohort.Endpoint, r.Cohort.Synthetic ? HtmlReport.SyntheticLabel : "patient data", r.Curve.N, r.Curve.Events,
                $"{DisplayNumber.Fixed(m.Time, 2)} ({DisplayNumber.Fixed(m.Lower, 2)}–{DisplayNumber.Fixed(m.Upper, 2)})",
            };
            cells.AddRange(r.Landmarks.Select(s => s is null ? "NA (beyond follow-up)"
                : $"{DisplayNumber.Fixed(100 * s.Survival, 1)} ({DisplayNumber.Fixed(100 * s.Lower, 1)}–{DisplayNumber.Fixed(100 * s.Upper, 1)})"));
            cells.Add($"{DisplayNumber.Fixed(r.RestrictedMean.Mean, 2)} ({DisplayNumber.Fixed(r.RestrictedMeanLower, 2)}–{DisplayNumber.Fixed(r.RestrictedMeanUpper, 2)})");
            table.AddRow([.. cells]);
        }
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml() => ViewHtml.Result(Table());

    /// <inheritdoc/>
    public override string ToString() => Table().ToString();

    private static string Show(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// The external reference figures (<see cref="ReferenceFigure"/>): <c>study, arm, endpoint,
/// statistic, printed, comparable to, note</c>, with where the citing paper prints them.
/// </summary>
/// <param name="Figures">The figures, in file order.</param>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed record ReferenceFiguresView(IReadOnlyList<ReferenceFigure> Figures) : IHtmlDisplay
{
    /// <summary>The table.</summary>
    public DisplayTable Table()
    {
        var table = new DisplayTable("Figures of other studies as kaseb2021 cites them (context, not trials of the kit)",
            "study", "arm", "population", "endpoint", "statistic", "printed", "comparable to", "kaseb2021 line", "note");
        foreach (var f in Figures)
            table.AddRow(f.Study, f.Arm, f.Population, f.Endpoint, f.Statistic, f.Printed, f.ComparableEndpoint ?? "not comparable", f.SeedLine, f.Note);
        return table;
    }

    /// <summary>
    /// The trials' medians of one endpoint beside the comparable medians of cited studies, shortest
    /// first: <c>source, who, median (months), CI, data</c>. Trials' rows come from
    /// <paramref name="comparison"/> (Kaplan–Meier medians of their patients, synthetic when labelled);
    /// reference rows are the figures whose <see cref="ReferenceFigure.ComparableEndpoint"/> is
    /// <paramref name="endpoint"/> and whose statistic is a median, as printed. A median not reached sorts last.
    /// </summary>
    public DisplayTable Alongside(SurvivalComparison comparison, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var rows = new List<(double Median, object?[] Cells)>();
        foreach (var r in comparison.Rows)
        {
            var m = r.Curve.Median;
            rows.Add((double.IsNaN(m.Time) ? double.PositiveInfinity : m.Time, [r.Cohort.Trial, $"{r.Curve.N} patients of the trial", DisplayCell.Number(m.Time, 2),
                $"{DisplayNumber.Fixed(m.Lower, 2)}–{DisplayNumber.Fixed(m.Upper, 2)}", r.Cohort.Synthetic ? HtmlReport.SyntheticLabel : "patient data"]));
        }
        foreach (var f in Figures.Where(f => f.ComparableEndpoint == endpoint && f.Statistic.StartsWith("median", StringComparison.Ordinal)))
            rows.Add((f.Value, [f.Study, $"{f.Arm}; {f.Population}", DisplayCell.Number(f.Value, 2),
                f.Lower is { } lo && f.Upper is { } hi ? $"{DisplayNumber.Significant(lo)}–{DisplayNumber.Significant(hi)}" : "not printed",
                $"printed in kaseb2021 line {f.SeedLine.ToString(CultureInfo.InvariantCulture)}"]));
        var table = new DisplayTable($"Median {TrialSurvivalChart.EndpointName(endpoint).ToLowerInvariant()}: the trials beside the studies kaseb2021 cites, shortest first",
            "source", "who", "median (months)", "CI", "data");
        foreach (var (_, cells) in rows.OrderBy(r => r.Median)) table.AddRow(cells);
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml() => ViewHtml.Result(Table());

    /// <inheritdoc/>
    public override string ToString() => Table().ToString();
}

internal static class ViewHtml
{
    internal const string Open = "<div class=\"analysiskit-result\"><style>.analysiskit-result table{border-collapse:collapse;margin:0.2em 0 0.9em 0}"
        + ".analysiskit-result caption{text-align:left;font-weight:bold;padding:0.3em 0}"
        + ".analysiskit-result th,.analysiskit-result td{padding:0.15em 0.7em;vertical-align:top}.analysiskit-result thead th{border-bottom:1px solid #888}</style>";

    internal static string Result(params DisplayTable[] tables)
    {
        var html = new StringBuilder(Open);
        foreach (var t in tables) html.Append(t.ToHtml());
        return html.Append("</div>").ToString();
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
