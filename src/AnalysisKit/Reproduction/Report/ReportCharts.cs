using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction.Report;

/// <summary>
/// Draws the report's charts: each trial's Kaplan–Meier charts
/// (<see cref="TrialSurvivalCharts"/>) and the cross-trial page's forest plots and overlaid
/// curves. The pages share one copy of plotly.js, given by <see cref="Head"/>.
/// </summary>
/// <param name="charts">Draws the charts (the chart library's <c>PlotlyChartRenderer</c>).</param>
/// <param name="catalog">The trials.</param>
public sealed class ReportCharts(IChartRenderer charts, TrialCatalog catalog)
{
    /// <summary>Landmark times (months) of the cross-trial survival table.</summary>
    public static IReadOnlyList<double> LandmarkMonths { get; } = [6, 12, 24];

    /// <summary>Endpoints compared across trials, in this order.</summary>
    public static IReadOnlyList<string> ComparedEndpoints { get; } = ["OS", "PFS"];

    /// <summary>The head markup every page carries: plotly.js, once.</summary>
    public string Head => charts.PlotlyScriptTag();

    /// <summary>The Kaplan–Meier charts of one trial as report sections.</summary>
    public IEnumerable<ReportSection> ForTrial(TrialReproduction trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return TrialSurvivalCharts.For(catalog.Load(trial.Trial)).Select(Section);
    }

    /// <summary>The body of the cross-trial page, with its forest plots and overlaid curves.</summary>
    public string ComparisonBody()
    {
        var pooled = CrossTrialPooling.PoolAll(OutcomeTable.Load(catalog));
        var survival = ComparedEndpoints
            .Select(e => CrossTrialCohorts.Of(catalog, e))
            .Where(cohorts => cohorts.Count > 0)
            .Select(cohorts => SurvivalComparison.Compare(cohorts, LandmarkMonths))
            .ToList();
        var sections = new List<ReportSection>();
        sections.AddRange(pooled.Where(p => p.Result is not null).Select(p => Section(ForestPlotRequest.From(p, $"{p.Outcome}: per trial and pooled"))));
        var references = ReferenceFigures.Load(catalog);
        sections.AddRange(survival.Select(s => Section(OverlaidCurves(s, references))));
        return ComparisonPage.Body(EndpointHarmonisation.Profiles(catalog), pooled, survival, references, sections);
    }

    /// <summary>
    /// The curves of a survival comparison on one chart, one per trial, labelled synthetic where
    /// they are, with the comparable cited medians drawn as reference points at S = 0.5 (a median
    /// is where a curve crosses one half). With a dozen cited medians the legend is long, so it
    /// goes below the chart (<see cref="LegendPlacement.BelowChart"/>), off the curves.
    /// </summary>
    /// <param name="comparison">The cohorts compared.</param>
    /// <param name="references">Cited figures; those comparable with the endpoint and printed as medians are drawn.</param>
    public static KaplanMeierChartRequest OverlaidCurves(SurvivalComparison comparison, IReadOnlyList<ReferenceFigure> references)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(references);
        var endpoint = comparison.Rows[0].Cohort.Endpoint;
        var request = KaplanMeierChartRequest.From(comparison.Rows.Select(r => r.Curve), $"{endpoint} across trials", "months", synthetic: comparison.AnySynthetic);
        var named = request.Curves.Select((curve, i) => curve with { Name = comparison.Rows[i].Cohort.Trial }).ToArray();
        var cited = references
            .Where(f => string.Equals(f.ComparableEndpoint, endpoint, StringComparison.OrdinalIgnoreCase) && f.Statistic.StartsWith("median", StringComparison.Ordinal))
            .Select(f => new PublishedLandmark($"{f.Study.Split(" (")[0]}: {f.Printed} (cited)", f.Value, 0.5))
            .ToArray();
        return request with { Curves = named, ConfidenceBands = false, Landmarks = cited, Legend = LegendPlacement.BelowChart };
    }

    /// <summary>
    /// The warnings a chart carries: for Kaplan–Meier curves of synthetic patients
    /// <see cref="SyntheticDataWarnings.KaplanMeier"/>, and <see cref="SyntheticDataWarnings.LogRank"/>
    /// when the chart names a test between them; none otherwise.
    /// </summary>
    public static IReadOnlyList<string> Warnings(IChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request is not KaplanMeierChartRequest { Synthetic: true } curves) return [];
        return string.IsNullOrEmpty(curves.TestLabel)
            ? [SyntheticDataWarnings.KaplanMeier]
            : [SyntheticDataWarnings.KaplanMeier, SyntheticDataWarnings.LogRank];
    }

    private ReportSection Section(IChartRequest request) => new(request.Title, charts.Render(request)) { Warnings = Warnings(request) };
}
