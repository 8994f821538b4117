using System.Globalization;
using AnalysisKit.Survival;

namespace AnalysisKit.Charts;

/// <summary>
/// A Kaplan–Meier chart of one or more curves, drawn the way survminer's <c>ggsurvplot</c> users
/// expect: step lines (plotly <c>line.shape = "hv"</c>), shaded pointwise confidence bands,
/// censoring ticks (<c>+</c>) on the curves, dashed median lines down to the axes where the median
/// is reached, and a number-at-risk table under the plot on the same time axis. Optionally:
/// published landmark survival probabilities with their intervals, the test and its p-value, and
/// (mandatory when <see cref="Synthetic"/> is set) a visible note that the patients are synthetic.
/// </summary>
/// <remarks>
/// Build it from fitted curves with <see cref="From"/>, so the chart only draws numbers the fit
/// already holds. For example, on R's <c>lung</c> data (<c>tests/reference/km/data/lung.csv</c>,
/// time in days, status 2 = death, group = sex):
/// <code>
/// var lung = CsvTable.Read("tests/reference/km/data/lung.csv");
/// var time = CsvColumnReader.Times(lung, "time");
/// var died = CsvColumnReader.Events(lung, "status");    // 1 = censored, 2 = death, as R's Surv
/// var sex = CsvColumnReader.Labels(lung, "group");      // "1" male, "2" female
/// var curves = KaplanMeier.FitByGroup(time, died, sex); // survfit(Surv(time, status) ~ sex, data = lung)
/// var test = LogRankTest.Compute(time, died, sex);      // survdiff(Surv(time, status) ~ sex, data = lung)
/// var request = KaplanMeierChartRequest.From(curves, "Overall survival by sex (lung)", "days", riskTableEvery: 200,
///         curveLabels: new Dictionary&lt;string, string&gt; { ["1"] = "Male", ["2"] = "Female" })
///     with { TestLabel = "Log-rank p = " + test.P.ToString("0.0000", CultureInfo.InvariantCulture) };
/// GenericChart chart = request.ToChart();                // AnalysisKit.Charts: a Plotly.NET chart, shown as itself in a notebook
/// File.WriteAllText("lung-km.html", ChartHtml.Page(chart)); // a page that draws offline
/// </code>
/// Synthetic patients (for example reconstructed from a published curve) must be flagged:
/// <c>KaplanMeierChartRequest.From(curves, title, "months", synthetic: true)</c> puts
/// <see cref="DefaultSyntheticNote"/> on the chart.
/// </remarks>
/// <param name="Curves">The curves, in legend order (at least one).</param>
/// <param name="RiskTimes">The times of the number-at-risk table, increasing, each 0 or more; also the time axis's ticks.</param>
public sealed record KaplanMeierChartRequest(KaplanMeierChartCurve[] Curves, double[] RiskTimes) : IChartRequest
{
    /// <summary>The counting convention of the number-at-risk table, printed with it (as R's <c>summary(fit, times = t)$n.risk</c>).</summary>
    public const string AtRiskConvention = "Number at risk at time t = patients with follow-up ≥ t";

    /// <summary>The note shown when <see cref="Synthetic"/> is set and no other note is given.</summary>
    public const string DefaultSyntheticNote = "Synthetic patients reconstructed from published summaries — not trial data";


    /// <inheritdoc/>
    public string Title { get; init; } = "";

    /// <summary>The time axis title, with its unit (for example "Time (months)").</summary>
    public string XAxisTitle { get; init; } = "Time";

    /// <summary>The survival axis title; "Survival probability" unless given.</summary>
    public string YAxisTitle { get; init; } = "Survival probability";

    /// <summary>Whether the pointwise confidence bands are drawn (survminer's <c>conf.int</c>); true unless set. With many curves, bands overlap: set false.</summary>
    public bool ConfidenceBands { get; init; } = true;

    /// <summary>The name of the confidence bands, giving level and transform (for example "95% CI (log)"); needed when <see cref="ConfidenceBands"/> is set.</summary>
    public string ConfidenceLabel { get; init; } = "";

    /// <summary>The test and its p-value, shown in the plot as given (for example "Log-rank p = 0.002"); empty for none.</summary>
    public string TestLabel { get; init; } = "";

    /// <summary>Published survival probabilities to overlay as markers with error bars; empty for none.</summary>
    public PublishedLandmark[] Landmarks { get; init; } = [];

    /// <summary>Where the legend goes; <see cref="LegendPlacement.InsidePlot"/> unless set.</summary>
    public LegendPlacement Legend { get; init; } = LegendPlacement.InsidePlot;

    /// <summary>True when the patients are synthetic (not trial data); the chart then shows <see cref="SyntheticNote"/>.</summary>
    public bool Synthetic { get; init; }

    /// <summary>The note shown on the chart when <see cref="Synthetic"/> is set; <see cref="DefaultSyntheticNote"/> unless given.</summary>
    public string SyntheticNote { get; init; } = DefaultSyntheticNote;

    /// <summary>
    /// The chart of fitted <paramref name="curves"/>: step times and survival are the curves' rows
    /// (with R's <c>survfit0</c> start at time 0, S = 1, when the first row is later), the bands
    /// their <c>Lower</c>/<c>Upper</c> (null where NaN), the ticks the rows with censorings, the
    /// medians <see cref="KaplanMeierCurve.Median"/>, and the number at risk
    /// <see cref="KaplanMeierCurve.SurvivalAt"/>(<see cref="RiskTimes"/>, extend: true).NRisk:
    /// patients with follow-up ≥ t, 0 after a curve's last observation.
    /// </summary>
    /// <param name="curves">Fitted curves (one, or one per group as <see cref="KaplanMeier"/> returns them); a curve of all patients is labelled "All patients".</param>
    /// <param name="title">The chart's title (may be empty).</param>
    /// <param name="timeUnit">The unit of the times, for the axis title (for example "months").</param>
    /// <param name="riskTableEvery">The spacing of the number-at-risk times from 0; when null, the smallest of 1, 2, 2.5, 5 or 10 times a power of 10 giving at most six intervals up to the last observed time.</param>
    /// <param name="synthetic">True when the patients are synthetic: the chart then carries <see cref="DefaultSyntheticNote"/>.</param>
    /// <param name="curveLabels">Labels to show instead of group values (for example "1" → "Male"); groups not listed keep their value.</param>
    /// <exception cref="ArgumentException">No curves, an empty time unit, or a spacing that is not a positive number.</exception>
    public static KaplanMeierChartRequest From(
        IEnumerable<KaplanMeierCurve> curves, string title, string timeUnit, double? riskTableEvery = null, bool synthetic = false,
        IReadOnlyDictionary<string, string>? curveLabels = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var fitted = curves.ToList();
        if (fitted.Count == 0) throw new ArgumentException("A Kaplan–Meier chart needs at least one curve.", nameof(curves));
        if (string.IsNullOrWhiteSpace(timeUnit))
            throw new ArgumentException("Give the unit of the follow-up times (for example \"months\") so that the time axis can be labelled.", nameof(timeUnit));
        if (riskTableEvery is { } every && !(double.IsFinite(every) && every > 0))
            throw new ArgumentException($"The number-at-risk spacing ({ChartText.Show(every)}) must be a positive number of {timeUnit}.", nameof(riskTableEvery));

        var lastTime = fitted.Max(c => c.LastTime);
        var step = riskTableEvery ?? RoundStep(lastTime);
        var riskTimes = new List<double>();
        for (var i = 0; i * step <= lastTime * (1 + 1e-12); i++) riskTimes.Add(i * step);

        var chartCurves = fitted.Select(c => ChartCurve(c, riskTimes, curveLabels)).ToArray();
        var confidence = fitted
            .Select(c => $"{(c.ConfidenceLevel * 100).ToString("0.###", CultureInfo.InvariantCulture)}% CI ({TransformName(c.ConfidenceType)})")
            .Distinct(StringComparer.Ordinal);
        return new KaplanMeierChartRequest(chartCurves, [.. riskTimes])
        {
            Title = title ?? "",
            XAxisTitle = $"Time ({timeUnit.Trim()})",
            ConfidenceLabel = string.Join("; ", confidence),
            Synthetic = synthetic,
        };
    }

    /// <summary>R's name of a confidence-interval transform (<c>conf.type</c>).</summary>
    private static string TransformName(ConfidenceIntervalType type) => type switch
    {
        ConfidenceIntervalType.Log => "log",
        ConfidenceIntervalType.LogLog => "log-log",
        ConfidenceIntervalType.Plain => "plain",
        _ => type.ToString(),
    };

    private static KaplanMeierChartCurve ChartCurve(KaplanMeierCurve curve, IReadOnlyList<double> riskTimes, IReadOnlyDictionary<string, string>? labels)
    {
        var rows = curve.Rows;
        var startsLater = rows[0].Time > 0;
        var times = new List<double>();
        var survival = new List<double>();
        var lower = new List<double?>();
        var upper = new List<double?>();
        if (startsLater)
        {
            times.Add(0);
            survival.Add(1);
            lower.Add(1);
            upper.Add(1);
        }
        foreach (var row in rows)
        {
            times.Add(row.Time);
            survival.Add(row.Survival);
            lower.Add(double.IsNaN(row.Lower) ? null : row.Lower);
            upper.Add(double.IsNaN(row.Upper) ? null : row.Upper);
        }
        var censored = rows.Where(r => r.NCensor > 0).ToList();
        var atRisk = curve.SurvivalAt(riskTimes, extend: true).Select(s => s.NRisk).ToArray();
        var median = curve.Median.Time;
        return new KaplanMeierChartCurve(
            labels is not null && labels.TryGetValue(curve.Group, out var label) ? label
                : curve.Group == KaplanMeier.AllPatients ? "All patients" : curve.Group,
            [.. times], [.. survival], [.. lower], [.. upper],
            censored.Select(r => r.Time).ToArray(), censored.Select(r => r.Survival).ToArray(),
            atRisk,
            double.IsFinite(median) ? median : null);
    }

    // The smallest of 1, 2, 2.5, 5 (times a power of 10) giving at most six steps up to lastTime.
    private static double RoundStep(double lastTime)
    {
        if (!(lastTime > 0)) return 1;
        var raw = lastTime / 6;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var factor in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (factor * magnitude >= raw * (1 - 1e-12)) return factor * magnitude;
        }
        return 10 * magnitude;
    }

    /// <inheritdoc/>
    public void Validate()
    {
        if (Curves is null || Curves.Length == 0) throw new ArgumentException("A Kaplan–Meier chart needs at least one curve.", nameof(Curves));
        if (RiskTimes is null || RiskTimes.Length == 0)
            throw new ArgumentException("The number-at-risk table needs at least one time (0 is the usual first).", nameof(RiskTimes));
        CheckTimes(RiskTimes, "riskTimes", strictly: true);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < Curves.Length; c++)
        {
            var curve = Curves[c] ?? throw new ArgumentException($"Curve {c + 1} is missing.", nameof(Curves));
            if (string.IsNullOrWhiteSpace(curve.Name))
                throw new ArgumentException($"Curve {c + 1} has no name; every curve needs a label for the legend and the number-at-risk table.", nameof(Curves));
            if (!names.Add(curve.Name))
                throw new ArgumentException($"Two curves are named '{curve.Name}'; each curve needs its own label.", nameof(Curves));
            CheckCurve(curve);
        }
        foreach (var landmark in Landmarks ?? [])
        {
            CheckLandmark(landmark, names);
        }
        if (!Enum.IsDefined(Legend))
            throw new ArgumentException($"Unknown legend placement {Legend}; use one of {string.Join(", ", Enum.GetNames<LegendPlacement>())}.", nameof(Legend));
        if (ConfidenceBands && string.IsNullOrWhiteSpace(ConfidenceLabel))
            throw new ArgumentException("The confidence bands have no label; name their level and transform (for example \"95% CI (log)\"), or set ConfidenceBands to false.", nameof(ConfidenceLabel));
        if (Synthetic && string.IsNullOrWhiteSpace(SyntheticNote))
            throw new ArgumentException("The data are marked synthetic but the note saying so is empty; synthetic patients must be labelled as such on the chart.", nameof(SyntheticNote));
    }

    private void CheckCurve(KaplanMeierChartCurve curve)
    {
        var who = $"Curve '{curve.Name}'";
        if (curve.Times is null || curve.Times.Length == 0) throw new ArgumentException($"{who} has no times.", nameof(Curves));
        var n = curve.Times.Length;
        if (curve.Survival?.Length != n || curve.Lower?.Length != n || curve.Upper?.Length != n)
            throw new ArgumentException(
                $"{who} has {n} times but {curve.Survival?.Length ?? 0} survival values, {curve.Lower?.Length ?? 0} lower and {curve.Upper?.Length ?? 0} upper limits; each time needs one of each.", nameof(Curves));
        CheckTimes(curve.Times, $"{who}: times", strictly: true);
        for (var i = 0; i < n; i++)
        {
            CheckProbability(curve.Survival[i], $"{who}: survival[{i}]");
            if (curve.Lower[i] is { } lo) CheckProbability(lo, $"{who}: lower[{i}]");
            if (curve.Upper[i] is { } hi) CheckProbability(hi, $"{who}: upper[{i}]");
            if (curve.Lower[i] is { } l && curve.Upper[i] is { } u && l > u)
                throw new ArgumentException($"{who}: lower[{i}] ({ChartText.Show(l)}) is above upper[{i}] ({ChartText.Show(u)}); a confidence band's lower limit cannot exceed its upper limit.", nameof(Curves));
        }
        if (curve.CensorTimes is null || curve.CensorSurvival is null || curve.CensorTimes.Length != curve.CensorSurvival.Length)
            throw new ArgumentException($"{who} has {curve.CensorTimes?.Length ?? 0} censoring times but {curve.CensorSurvival?.Length ?? 0} survival values for them; each tick needs one of each.", nameof(Curves));
        CheckTimes(curve.CensorTimes, $"{who}: censorTimes", strictly: true);
        for (var i = 0; i < curve.CensorSurvival.Length; i++) CheckProbability(curve.CensorSurvival[i], $"{who}: censorSurvival[{i}]");
        if (curve.AtRisk is null || curve.AtRisk.Length != RiskTimes.Length)
            throw new ArgumentException($"{who} has {curve.AtRisk?.Length ?? 0} number-at-risk counts but the table has {RiskTimes.Length} times; each time needs one count.", nameof(Curves));
        for (var i = 0; i < curve.AtRisk.Length; i++)
        {
            if (curve.AtRisk[i] < 0)
                throw new ArgumentException($"{who}: the number at risk at {ChartText.Show(RiskTimes[i])} is negative ({curve.AtRisk[i]}); counts of patients must be 0 or more.", nameof(Curves));
            if (i > 0 && curve.AtRisk[i] > curve.AtRisk[i - 1])
                throw new ArgumentException($"{who}: the number at risk rises from {curve.AtRisk[i - 1]} at {ChartText.Show(RiskTimes[i - 1])} to {curve.AtRisk[i]} at {ChartText.Show(RiskTimes[i])}; patients cannot re-enter the risk set.", nameof(Curves));
        }
        if (curve.Median is { } median && !(double.IsFinite(median) && median >= 0))
            throw new ArgumentException($"{who}: the median ({ChartText.Show(median)}) must be a time of 0 or more (leave it out when the curve does not reach 0.5).", nameof(Curves));
    }

    private static void CheckLandmark(PublishedLandmark landmark, IReadOnlySet<string> curveNames)
    {
        if (landmark is null) throw new ArgumentException("A published landmark is missing.", nameof(Landmarks));
        var who = $"Published landmark '{landmark.Label}'";
        if (string.IsNullOrWhiteSpace(landmark.Label))
            throw new ArgumentException("A published landmark has no label; say what was published (for example \"Published 12-month OS\").", nameof(Landmarks));
        if (!double.IsFinite(landmark.Time) || landmark.Time < 0)
            throw new ArgumentException($"{who}: the time ({ChartText.Show(landmark.Time)}) must be 0 or more.", nameof(Landmarks));
        CheckProbability(landmark.Survival, $"{who}: survival");
        if (landmark.Lower is { } lo)
        {
            CheckProbability(lo, $"{who}: lower limit");
            if (lo > landmark.Survival)
                throw new ArgumentException($"{who}: the lower limit ({ChartText.Show(lo)}) is above the estimate ({ChartText.Show(landmark.Survival)}).", nameof(Landmarks));
        }
        if (landmark.Upper is { } hi)
        {
            CheckProbability(hi, $"{who}: upper limit");
            if (hi < landmark.Survival)
                throw new ArgumentException($"{who}: the upper limit ({ChartText.Show(hi)}) is below the estimate ({ChartText.Show(landmark.Survival)}).", nameof(Landmarks));
        }
        if (!string.IsNullOrEmpty(landmark.CurveName) && !curveNames.Contains(landmark.CurveName))
            throw new ArgumentException($"{who} belongs to curve '{landmark.CurveName}', which is not in the chart; the curves are: {string.Join(", ", curveNames)}.", nameof(Landmarks));
    }

    private static void CheckTimes(double[] times, string what, bool strictly)
    {
        for (var i = 0; i < times.Length; i++)
        {
            if (!double.IsFinite(times[i]))
                throw new ArgumentException($"{what}[{i}] is {ChartText.Show(times[i])}; times must be finite numbers.", nameof(Curves));
            if (times[i] < 0)
                throw new ArgumentException($"{what}[{i}] is negative ({ChartText.Show(times[i])}); follow-up times must be 0 or more.", nameof(Curves));
            if (i > 0 && (strictly ? times[i] <= times[i - 1] : times[i] < times[i - 1]))
                throw new ArgumentException($"{what}[{i}] ({ChartText.Show(times[i])}) is not after {what}[{i - 1}] ({ChartText.Show(times[i - 1])}); times must be in increasing order.", nameof(Curves));
        }
    }

    private static void CheckProbability(double p, string what)
    {
        if (!(p >= 0 && p <= 1))
            throw new ArgumentException($"{what} is {ChartText.Show(p)}; survival probabilities must lie between 0 and 1.", nameof(Curves));
    }
}
