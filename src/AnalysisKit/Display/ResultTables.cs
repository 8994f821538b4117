using System.Globalization;
using AnalysisKit.Proportions;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Display;

/// <summary>
/// The tables that statistical results show themselves with, built from the result objects
/// alone (nothing is recomputed from the data). Numbers follow R's printed layout: counts as
/// integers, estimates with four significant digits, p-values with three
/// (<see cref="DisplayNumber.PValue"/>), all in invariant culture.
/// </summary>
public static class ResultTables
{
    private const int Digits = 4;

    /// <summary>
    /// R's name of a pointwise interval transform (<c>conf.type</c>): "log", "log-log" or "plain".
    /// </summary>
    public static string TransformName(ConfidenceIntervalType type) => type switch
    {
        ConfidenceIntervalType.Log => "log",
        ConfidenceIntervalType.LogLog => "log-log",
        ConfidenceIntervalType.Plain => "plain",
        _ => type.ToString(),
    };

    /// <summary>
    /// One line naming a curve's pointwise intervals, e.g. <c>95% pointwise confidence
    /// intervals on the log scale (R conf.type = "log")</c>.
    /// </summary>
    public static string IntervalDescription(KaplanMeierCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var scale = curve.ConfidenceType == ConfidenceIntervalType.Plain ? "plain (linear) scale" : $"{TransformName(curve.ConfidenceType)} scale";
        return $"{Percent(curve.ConfidenceLevel)} pointwise confidence intervals on the {scale} (R conf.type = \"{TransformName(curve.ConfidenceType)}\")";
    }

    /// <summary>
    /// The summary line of R's <c>print.survfit</c>, one row per curve: group, <c>n</c>,
    /// <c>events</c>, <c>median</c> and its limits (headed <c>0.95LCL</c>, <c>0.95UCL</c> for 95%
    /// intervals), read with <see cref="KaplanMeierCurve.Median"/>. NA where the curve or a band
    /// never reaches 0.5.
    /// </summary>
    public static DisplayTable KaplanMeierSummary(IEnumerable<KaplanMeierCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var list = curves.ToList();
        if (list.Count == 0) throw new ArgumentException("There are no curves to summarise.", nameof(curves));
        var level = Level(list[0].ConfidenceLevel);
        var table = new DisplayTable(null, "group", "n", "events", "median", level + "LCL", level + "UCL");
        foreach (var curve in list)
        {
            var median = curve.Median;
            table.AddRow(curve.Group, curve.N, curve.Events, Number(median.Time), Number(median.Lower), Number(median.Upper));
        }
        return table;
    }

    /// <summary>
    /// The survfit table of one curve, as <c>summary(fit, censored = TRUE)</c>: per observed
    /// time <c>time</c>, <c>n.risk</c>, <c>n.event</c>, <c>n.censor</c>, <c>survival</c>,
    /// <c>std.err</c> (of S, Greenwood) and the pointwise limits (<c>lower 95% CI</c>,
    /// <c>upper 95% CI</c>), straight from <see cref="KaplanMeierCurve.Rows"/>.
    /// </summary>
    public static DisplayTable KaplanMeierRows(KaplanMeierCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var percent = Percent(curve.ConfidenceLevel);
        var table = new DisplayTable(null, "time", "n.risk", "n.event", "n.censor", "survival", "std.err", $"lower {percent} CI", $"upper {percent} CI");
        foreach (var r in curve.Rows)
            table.AddRow(Number(r.Time), r.NRisk, r.NEvent, r.NCensor, Number(r.Survival), Number(r.StdErr), Number(r.Lower), Number(r.Upper));
        return table;
    }

    /// <summary>The heading naming a G-rho test: "Log-rank test", "Peto &amp; Peto test" or "G-rho test".</summary>
    public static string LogRankTestName(LogRankResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var name = result.Rho switch
        {
            0 => "Log-rank test (R survdiff, rho = 0)",
            1 => "Peto & Peto test (R survdiff, rho = 1)",
            _ => $"G-rho test (R survdiff, rho = {DisplayNumber.Significant(result.Rho)})",
        };
        return result.StrataCount > 1 ? $"{name}, stratified over {result.StrataCount} strata" : name;
    }

    /// <summary>
    /// The group table of R's <c>print.survdiff</c>: <c>N</c>, <c>Observed</c>, <c>Expected</c>,
    /// <c>(O-E)^2/E</c> and <c>(O-E)^2/V</c>, where V is the group's diagonal entry of
    /// <see cref="LogRankResult.Variance"/>.
    /// </summary>
    public static DisplayTable LogRankGroups(LogRankResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new DisplayTable(null, "group", "N", "Observed", "Expected", "(O-E)^2/E", "(O-E)^2/V");
        for (var j = 0; j < result.Groups.Count; j++)
        {
            var g = result.Groups[j];
            var d2 = (g.Observed - g.Expected) * (g.Observed - g.Expected);
            table.AddRow(g.Group, g.N, Number(g.Observed), Number(g.Expected), Number(d2 / g.Expected), Number(d2 / result.Variance[j, j]));
        }
        return table;
    }

    /// <summary>The test line of <c>print.survdiff</c>: <c>Chisq = 3.841 on 1 degrees of freedom, p = 0.05</c>.</summary>
    public static string LogRankStatistic(LogRankResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Chisq = {DisplayNumber.Significant(result.ChiSquare, Digits)} on {Count(result.DegreesOfFreedom)} degrees of freedom, p = {DisplayNumber.PValue(result.P)}";
    }

    /// <summary>
    /// The coefficient table of <c>summary(coxph)</c>: <c>coef</c>, <c>exp(coef)</c>,
    /// <c>se(coef)</c>, <c>z</c>, <c>Pr(&gt;|z|)</c> per term.
    /// </summary>
    public static DisplayTable CoxCoefficients(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var table = new DisplayTable(null, "term", "coef", "exp(coef)", "se(coef)", "z", "Pr(>|z|)");
        foreach (var t in fit.Terms)
            table.AddRow(t.Name, Number(t.Coefficient), Number(t.HazardRatio), Number(t.StandardError), Number(t.Z), new DisplayCell(DisplayNumber.PValue(t.P), true));
        return table;
    }

    /// <summary>
    /// The hazard-ratio table of <c>summary(coxph)</c>: <c>exp(coef)</c>, <c>exp(-coef)</c> and
    /// the limits (<c>lower .95</c>, <c>upper .95</c> for 95% intervals).
    /// </summary>
    public static DisplayTable CoxHazardRatios(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var level = Level(fit.ConfidenceLevel).TrimStart('0');
        var table = new DisplayTable(null, "term", "exp(coef)", "exp(-coef)", "lower " + level, "upper " + level);
        foreach (var t in fit.Terms)
            table.AddRow(t.Name, Number(t.HazardRatio), Number(1 / t.HazardRatio), Number(t.HazardRatioLower), Number(t.HazardRatioUpper));
        return table;
    }

    /// <summary>The tests of <c>summary(coxph)</c>, one line each: likelihood ratio, Wald, score (log-rank).</summary>
    public static IReadOnlyList<string> CoxTests(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return
        [
            $"Concordance = {Text(fit.Concordance.Concordance)} (se = {Text(fit.Concordance.StandardError)})",
            Test("Likelihood ratio test", fit.LikelihoodRatioTest),
            Test("Wald test", fit.WaldTest),
            Test("Score (logrank) test", fit.ScoreTest),
        ];
    }

    /// <summary>R's name of a Cox tie method: "efron" or "breslow".</summary>
    public static string TiesName(CoxTies ties) => ties switch
    {
        CoxTies.Efron => "efron",
        CoxTies.Breslow => "breslow",
        _ => ties.ToString(),
    };

    /// <summary>The name of a binomial interval method, with the R call it matches.</summary>
    public static string MethodName(BinomialIntervalMethod method) => method switch
    {
        BinomialIntervalMethod.ClopperPearson => "Clopper–Pearson exact (R binom.test)",
        BinomialIntervalMethod.Wilson => "Wilson score (R prop.test, correct = FALSE)",
        BinomialIntervalMethod.WilsonContinuityCorrected => "Wilson score with continuity correction (R prop.test, correct = TRUE)",
        _ => method.ToString(),
    };

    /// <summary>One row: <c>events</c>, <c>patients</c>, <c>proportion</c> and the limits (<c>lower 95% CI</c>, <c>upper 95% CI</c>).</summary>
    public static DisplayTable Binomial(BinomialInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var percent = Percent(interval.Level);
        return new DisplayTable(null, "events", "patients", "proportion", $"lower {percent} CI", $"upper {percent} CI")
            .AddRow(interval.Events, interval.Trials, Number(interval.Proportion), Number(interval.Lower), Number(interval.Upper));
    }

    /// <summary>
    /// Two Kaplan–Meier curves side by side (for example a true curve and one rebuilt from a
    /// figure): patients, events, the median and its limits (<see cref="KaplanMeierCurve.Median"/>)
    /// and survival at each landmark time (<see cref="KaplanMeierCurve.SurvivalAt"/> with
    /// <c>extend = true</c>), with the difference second − first.
    /// </summary>
    public static DisplayTable CompareCurves(string firstName, KaplanMeierCurve first, string secondName, KaplanMeierCurve second,
        IEnumerable<double> landmarks)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(landmarks);
        var table = new DisplayTable(null, "quantity", firstName, secondName, "difference");
        table.AddRow("patients", first.N, second.N, second.N - first.N);
        table.AddRow("events", first.Events, second.Events, second.Events - first.Events);
        var (m1, m2) = (first.Median, second.Median);
        var level = Level(first.ConfidenceLevel);
        table.AddRow("median", Number(m1.Time), Number(m2.Time), Number(m2.Time - m1.Time));
        table.AddRow($"median {level}LCL", Number(m1.Lower), Number(m2.Lower), Number(m2.Lower - m1.Lower));
        table.AddRow($"median {level}UCL", Number(m1.Upper), Number(m2.Upper), Number(m2.Upper - m1.Upper));
        var times = landmarks.ToArray();
        var s1 = first.SurvivalAt(times, extend: true);
        var s2 = second.SurvivalAt(times, extend: true);
        for (var i = 0; i < s1.Count; i++)
            table.AddRow($"S({DisplayNumber.Significant(s1[i].Time)})", Number(s1[i].Survival), Number(s2[i].Survival), Number(s2[i].Survival - s1[i].Survival));
        return table;
    }

    /// <summary>A number cell with four significant digits (NA, Inf as R prints them).</summary>
    internal static DisplayCell Number(double value) => new(DisplayNumber.Significant(value, Digits), true);

    internal static string Text(double value) => DisplayNumber.Significant(value, Digits);

    internal static string Count(long value) => DisplayNumber.Count(value);

    /// <summary>0.95 → "95%".</summary>
    internal static string Percent(double level) => DisplayNumber.Significant(level * 100, 6) + "%";

    /// <summary>0.95 → "0.95", as R heads limit columns.</summary>
    private static string Level(double level) => level.ToString("0.0###", CultureInfo.InvariantCulture);

    private static string Test(string name, ChiSquareTest test) =>
        $"{name} = {Text(test.Statistic)} on {Count(test.DegreesOfFreedom)} df, p = {DisplayNumber.PValue(test.P)}";
}
