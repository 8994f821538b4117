using System.Globalization;
using AnalysisKit.Comparison;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Charts;

/// <summary>
/// A forest plot of a meta-analysis of single proportions, as metafor's <c>forest(fit, transf = ...)</c>
/// with <c>addpred = TRUE</c>: one row per study (its proportion as a square sized by weight, its
/// exact interval as a line, and "x/n", "p [lower, upper]" and the weight printed beside it), the
/// pooled proportion as a diamond spanning its confidence interval, the prediction interval on its
/// own row, and the heterogeneity line (τ², I², Q with its degrees of freedom and p, the estimator
/// named). The x axis is the proportion, 0 to 1.
/// </summary>
/// <remarks>Build it with <see cref="From(ProportionMetaAnalysisResult, string, string)"/> or <see cref="From(PooledOutcome, string)"/>, so the chart only draws numbers the analysis holds.</remarks>
/// <param name="Studies">The study rows, top to bottom (at least one).</param>
/// <param name="Pooled">The pooled proportion.</param>
/// <param name="PooledLower">Lower confidence limit of the pooled proportion.</param>
/// <param name="PooledUpper">Upper confidence limit of the pooled proportion.</param>
/// <param name="PredictionLower">Lower limit of the prediction interval, as a proportion.</param>
/// <param name="PredictionUpper">Upper limit of the prediction interval, as a proportion.</param>
public sealed record ForestPlotRequest(
    ForestPlotStudy[] Studies,
    double Pooled, double PooledLower, double PooledUpper,
    double PredictionLower, double PredictionUpper) : IChartRequest
{
    /// <inheritdoc/>
    public string Title { get; init; } = "";

    /// <summary>The x-axis title; "Proportion" unless given (for example "Proportion with objective response").</summary>
    public string XAxisTitle { get; init; } = "Proportion";

    /// <summary>The confidence level of every interval (studies' and pooled), for example 0.95.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>The label of the pooled row (for example "Random effects (REML), 95% CI").</summary>
    public string PooledLabel { get; init; } = "Pooled";

    /// <summary>The label of the prediction-interval row.</summary>
    public string PredictionLabel { get; init; } = "Prediction interval";

    /// <summary>The heterogeneity line printed under the plot (for example "Heterogeneity (REML): τ² = 0.1000, I² = 50.0%, Q = 8.00 (df = 4), p = 0.092"); empty for none.</summary>
    public string HeterogeneityLabel { get; init; } = "";

    /// <summary>How the studies' intervals were computed, printed under the plot (for example "Study CIs: exact (Clopper–Pearson)").</summary>
    public string MethodNote { get; init; } = "";

    /// <summary>What makes the studies' figures unequal, one line each, printed under the plot (empty for none).</summary>
    public string[] Notes { get; init; } = [];

    /// <summary>
    /// The forest plot of an outcome pooled across trials (<see cref="CrossTrialPooling.Pool"/>): its
    /// meta-analysis drawn as by <see cref="From(ProportionMetaAnalysisResult, string, string)"/>, the
    /// outcome named on the x axis, and the outcome's <see cref="PooledOutcome.Caveats"/> printed
    /// under the plot, since they belong next to every pooled number.
    /// </summary>
    /// <param name="pooled">The pooled outcome.</param>
    /// <param name="title">The chart's title (may be empty).</param>
    /// <exception cref="ArgumentException">The outcome was not pooled (the message says why).</exception>
    public static ForestPlotRequest From(PooledOutcome pooled, string title)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        if (pooled.Result is null)
            throw new ArgumentException($"'{pooled.Outcome}' was not pooled, so there is no forest plot to draw: {pooled.NotPooledBecause}", nameof(pooled));
        return From(pooled.Result, title, pooled.Outcome.Replace('_', ' ')) with { Notes = [.. pooled.Caveats] };
    }

    /// <summary>
    /// The forest plot of <paramref name="result"/>: study rows from <c>Studies</c> (x/n, proportion
    /// and exact interval) with <c>Model.Weights</c>; the diamond at <c>Proportion</c> from
    /// <c>ProportionLower</c> to <c>ProportionUpper</c>; the prediction interval
    /// <c>ProportionPredictionLower</c>–<c>ProportionPredictionUpper</c>; the heterogeneity line from
    /// <c>Model</c> (τ² to 4 decimals, I² to 1, Q to 2, p to 3 or "&lt; 0.001").
    /// </summary>
    /// <param name="result">The meta-analysis.</param>
    /// <param name="title">The chart's title (may be empty).</param>
    /// <param name="outcome">What the proportion counts, for the axis title (for example "objective response"); empty for "Proportion".</param>
    public static ForestPlotRequest From(ProportionMetaAnalysisResult result, string title, string outcome = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        var model = result.Model;
        if (model.Weights.Count != result.Studies.Count)
            throw new ArgumentException($"The analysis has {result.Studies.Count} studies but {model.Weights.Count} weights; it cannot be drawn.", nameof(result));
        var studies = result.Studies
            .Select((s, i) => new ForestPlotStudy(s.Study, s.Events, s.Patients, s.Proportion, s.ProportionLower, s.ProportionUpper, model.Weights[i]))
            .ToArray();
        var estimator = EstimatorName(model.Method) + (model.KnappHartung ? ", Hartung–Knapp" : "");
        var level = (model.Level * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
        return new ForestPlotRequest(studies, result.Proportion, result.ProportionLower, result.ProportionUpper,
            result.ProportionPredictionLower, result.ProportionPredictionUpper)
        {
            Title = title ?? "",
            Level = model.Level,
            XAxisTitle = string.IsNullOrWhiteSpace(outcome) ? "Proportion" : $"Proportion with {outcome.Trim()}",
            PooledLabel = $"Random effects ({estimator}), {level} CI",
            PredictionLabel = $"{level} prediction interval",
            HeterogeneityLabel =
                $"Heterogeneity ({EstimatorName(model.Method)}): τ² = {ChartText.Fixed(model.Tau2, 4)}, I² = {ChartText.Fixed(model.I2, 1)}%, " +
                $"Q = {ChartText.Fixed(model.Q, 2)} (df = {model.QDegreesOfFreedom.ToString(CultureInfo.InvariantCulture)}), p {ChartText.PValue(model.QP)}",
            MethodNote = $"Study CIs: exact (Clopper–Pearson). Pooled on the {MeasureName(result.Measure)} scale and back-transformed.",
        };
    }

    private static string EstimatorName(HeterogeneityEstimator method) => method switch
    {
        HeterogeneityEstimator.Reml => "REML",
        HeterogeneityEstimator.DerSimonianLaird => "DerSimonian–Laird",
        _ => method.ToString(),
    };

    private static string MeasureName(ProportionMeasure measure) => measure switch
    {
        ProportionMeasure.Logit => "logit",
        ProportionMeasure.FreemanTukey => "Freeman–Tukey double arcsine",
        _ => measure.ToString(),
    };

    /// <inheritdoc/>
    public void Validate()
    {
        if (Studies is null || Studies.Length == 0) throw new ArgumentException("A forest plot needs at least one study.", nameof(Studies));
        for (var i = 0; i < Studies.Length; i++)
        {
            var s = Studies[i] ?? throw new ArgumentException($"Study {i + 1} is missing.", nameof(Studies));
            if (string.IsNullOrWhiteSpace(s.Label))
                throw new ArgumentException($"Study {i + 1} has no name; every row of a forest plot needs a label.", nameof(Studies));
            var who = $"Study '{s.Label}'";
            if (s.Patients < 1 || s.Events < 0 || s.Events > s.Patients)
                throw new ArgumentException($"{who} has {s.Events} events among {s.Patients} patients; events must be between 0 and the number of patients, who must be at least 1.", nameof(Studies));
            CheckInterval(s.Proportion, s.Lower, s.Upper, $"{who}: the proportion", nameof(Studies));
            if (!(double.IsFinite(s.Weight) && s.Weight >= 0 && s.Weight <= 100))
                throw new ArgumentException($"{who}: the weight is {ChartText.Show(s.Weight)}%; weights are percentages from 0 to 100.", nameof(Studies));
        }
        if (Notes is null || Notes.Any(n => n is null))
            throw new ArgumentException("The notes under the forest plot are missing; give an empty list for none.", nameof(Notes));
        if (!(Level > 0 && Level < 1))
            throw new ArgumentException($"The confidence level is {ChartText.Show(Level)}; give it as a fraction between 0 and 1 (0.95 for 95%).", nameof(Level));
        CheckInterval(Pooled, PooledLower, PooledUpper, "The pooled proportion", nameof(Pooled));
        CheckInterval(Pooled, PredictionLower, PredictionUpper, "The prediction interval around the pooled proportion", nameof(PredictionLower));
    }

    private static void CheckInterval(double estimate, double lower, double upper, string what, string parameter)
    {
        foreach (var (value, name) in new[] { (estimate, "estimate"), (lower, "lower limit"), (upper, "upper limit") })
        {
            if (!(value >= 0 && value <= 1))
                throw new ArgumentException($"{what}: the {name} is {ChartText.Show(value)}; proportions must lie between 0 and 1.", parameter);
        }
        if (!(lower <= estimate && estimate <= upper))
            throw new ArgumentException(
                $"{what} ({ChartText.Show(estimate)}) is not inside its interval [{ChartText.Show(lower)}, {ChartText.Show(upper)}]; the lower limit must not exceed the estimate, nor the estimate the upper limit.", parameter);
    }
}
