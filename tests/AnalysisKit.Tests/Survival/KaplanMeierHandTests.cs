using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>Small tables worked out by hand (arithmetic in the comments), tolerance 1e-6 absolute unless stated.</summary>
public class KaplanMeierHandTests
{
    private const double Tolerance = 1e-6;

    // Five patients: times 1, 2, 2, 3, 4; the patient at 2 marked 0 is censored.
    //
    //  t  n  d  c  S = Π(1 − d/n)          σ² = Σ d/(n(n − d))          se(S) = S·σ
    //  1  5  1  0  4/5          = 0.8      1/20              = 0.05       0.8·0.2236068 = 0.1788854
    //  2  4  1  1  0.8·3/4      = 0.6      0.05 + 1/12       = 0.1333333  0.6·0.3651484 = 0.2190890
    //  3  2  1  0  0.6·1/2      = 0.3      0.1333333 + 1/2   = 0.6333333  0.3·0.7958224 = 0.2387467
    //  4  1  1  0  0                       + 1/0             = ∞          ∞·0 → NaN
    //
    // Log interval at t = 1 (z = 1.959964): 0.8·exp(∓1.959964·0.2236068) = 0.8·exp(∓0.4382613)
    //   lower = 0.8·0.6451569 = 0.5161255, upper = min(0.8·1.5500022, 1) = 1.
    private static readonly double[] FiveTimes = [1, 2, 2, 3, 4];
    private static readonly bool[] FiveDied = [true, true, false, true, true];

    [Test]
    public void FivePatientTable()
    {
        var curve = KaplanMeier.Fit(FiveTimes, FiveDied);
        Assert.That(curve.Group, Is.EqualTo("all"));
        Assert.That((curve.N, curve.Events), Is.EqualTo((5, 4)));
        Assert.That(curve.Rows.Select(r => (r.Time, r.NRisk, r.NEvent, r.NCensor)),
            Is.EqualTo(new[] { (1.0, 5, 1, 0), (2.0, 4, 1, 1), (3.0, 2, 1, 0), (4.0, 1, 1, 0) }));
        Assert.That(curve.Rows.Select(r => r.Survival), Is.EqualTo(new[] { 0.8, 0.6, 0.3, 0.0 }).Within(Tolerance));
        Assert.That(curve.Rows.Take(3).Select(r => r.StdErr), Is.EqualTo(new[] { 0.1788854, 0.2190890, 0.2387467 }).Within(Tolerance));
        Assert.That(curve.Rows.Take(3).Select(r => r.CumulativeHazardStdErr), Is.EqualTo(new[] { 0.2236068, 0.3651484, 0.7958224 }).Within(Tolerance));
        Assert.That(curve.Rows[3].CumulativeHazardStdErr, Is.EqualTo(double.PositiveInfinity));
        Assert.That(curve.Rows[3].StdErr, Is.NaN);
        Assert.That(curve.Rows[0].Lower, Is.EqualTo(0.5161255).Within(Tolerance));
        Assert.That(curve.Rows[0].Upper, Is.EqualTo(1.0));
        Assert.That((curve.Rows[3].Lower, curve.Rows[3].Upper), Is.EqualTo((double.NaN, double.NaN)), "no log interval at S = 0");
    }

    // Median: S first falls to 0.5 or below at t = 3 (S = 0.3). First quartile (S ≤ 0.75): t = 2.
    // Third quartile (S ≤ 0.25): t = 4.
    [Test]
    public void FivePatientQuantiles()
    {
        var curve = KaplanMeier.Fit(FiveTimes, FiveDied);
        Assert.That(curve.Median.Time, Is.EqualTo(3));
        Assert.That(new[] { 0.25, 0.5, 0.75 }.Select(p => curve.Quantile(p).Time), Is.EqualTo(new[] { 2.0, 3.0, 4.0 }));
    }

    // Restricted mean to τ = 4 (the last time, R's default): rectangles 1·1 + 0.8·1 + 0.6·1 + 0.3·1 = 2.7.
    // Variance Σ A(tᵢ)²·d/(n(n − d)): A(1) = 0.8 + 0.6 + 0.3 = 1.7, A(2) = 0.9, A(3) = 0.3, t = 4 counts 0 (n = d):
    //   0.05·2.89 + (1/12)·0.81 + 0.5·0.09 = 0.1445 + 0.0675 + 0.045 = 0.257, se = √0.257 = 0.5069517.
    // τ = 2.5: 1 + 0.8 + 0.6·0.5 = 2.1; A(1) = 0.8 + 0.3 = 1.1, A(2) = 0.3: 0.05·1.21 + 0.09/12 = 0.068, se = 0.2607681.
    [Test]
    public void FivePatientRestrictedMean()
    {
        var curve = KaplanMeier.Fit(FiveTimes, FiveDied);
        var atLast = curve.RestrictedMean();
        Assert.That((atLast.Tau, atLast.Mean, atLast.StdErr), Is.EqualTo((4.0, 2.7, 0.5069517)).Within(Tolerance));
        var early = curve.RestrictedMean(2.5);
        Assert.That((early.Mean, early.StdErr), Is.EqualTo((2.1, 0.2607681)).Within(Tolerance));
        Assert.That(curve.RestrictedMean(0.5).Mean, Is.EqualTo(0.5).Within(Tolerance), "before the first event S = 1");
    }

    // summary(fit, times = c(0, 1.5, 4, 6)): at 0 S = 1 with 5 at risk; at 1.5 S = 0.8 with 4 at risk
    // (those followed to at least 2); at 4 S = 0 with 1 at risk; 6 lies beyond the last observation:
    // left out, or with extend = TRUE carried forward with 0 at risk. Events between chosen times: 0, 1, 3, 0.
    [Test]
    public void FivePatientSurvivalAtTimes()
    {
        var curve = KaplanMeier.Fit(FiveTimes, FiveDied);
        var plain = curve.SurvivalAt([6, 1.5, 0, 4]);
        Assert.That(plain.Select(r => (r.Time, r.NRisk, r.NEvent, r.Survival)),
            Is.EqualTo(new[] { (0.0, 5, 0, 1.0), (1.5, 4, 1, 0.8), (4.0, 1, 3, 0.0) }));
        Assert.That(plain[1].StdErr, Is.EqualTo(0.1788854).Within(Tolerance));
        var extended = curve.SurvivalAt([0, 1.5, 4, 6], extend: true);
        Assert.That(extended.Select(r => (r.Time, r.NRisk, r.NEvent, r.Survival)),
            Is.EqualTo(new[] { (0.0, 5, 0, 1.0), (1.5, 4, 1, 0.8), (4.0, 1, 3, 0.0), (6.0, 0, 0, 0.0) }));
    }

    // Six patients, events at 1..6, no censoring.
    //  t  n  S     σ² (cumulative)          se(S) = S·σ
    //  1  6  5/6   1/30          = 0.033333   0.152145
    //  2  5  4/6   + 1/20        = 0.083333   0.192450
    //  3  4  3/6   + 1/12        = 0.166667   0.204124
    //  4  3  2/6   + 1/6         = 0.333333   0.192450
    //  5  2  1/6   + 1/2         = 0.833333   0.152145
    //  6  1  0     ∞
    // SAS point estimate of the median: S = 0.5 exactly from t = 3 to the next event time 4 → (3 + 4)/2 = 3.5.
    // First quartile: first S < 0.75 is S(2) = 0.667 → 2. Third quartile: first S < 0.25 is S(5) → 5.
    // Median interval, plain transform, statistic (S − 0.5)/se(S):
    //   t=1: 0.333/0.152 = 2.19 (out), t=2: 0.167/0.192 = 0.87, t=3: 0, t=4: −0.87 (in), t=5: −2.19 (out)
    //   → lower 2, upper = event time after 4 = 5.
    // Log transform, (log S − log 0.5)/σ: t=1: 0.5108/0.1826 = 2.80 (out), t=2: 0.2877/0.2887 = 1.00,
    //   t=5: −1.0986/0.9129 = −1.20 (in) → lower 2, upper = event time after 5 = 6.
    // Log-log, (g(S) − g(0.5))/(σ/log S) with g(x) = log(−log x), g(0.5) = −0.366513:
    //   t=1: (−1.701983 + 0.366513)/(0.182574/−0.182322) = 1.334 (in);
    //   t=5: (0.583198 + 0.366513)/(0.912871/−1.791759) = −1.864 (in) → lower 1, upper 6.
    private static readonly double[] SixTimes = [1, 2, 3, 4, 5, 6];
    private static readonly bool[] SixDied = [true, true, true, true, true, true];

    [TestCase(ConfidenceIntervalType.Plain, 2.0, 5.0)]
    [TestCase(ConfidenceIntervalType.Log, 2.0, 6.0)]
    [TestCase(ConfidenceIntervalType.LogLog, 1.0, 6.0)]
    public void SasMedianAndBrookmeyerCrowleyInterval(ConfidenceIntervalType type, double lower, double upper)
    {
        var curve = KaplanMeier.Fit(SixTimes, SixDied, new KaplanMeierOptions { ConfidenceType = type, QuantileRule = QuantileRule.SasLifetest });
        var median = curve.Median;
        Assert.That((median.Time, median.Lower, median.Upper, median.Rule), Is.EqualTo((3.5, lower, upper, QuantileRule.SasLifetest)));
    }

    [Test]
    public void SasQuartiles()
    {
        var curve = KaplanMeier.Fit(SixTimes, SixDied, new KaplanMeierOptions { QuantileRule = QuantileRule.SasLifetest });
        Assert.That(new[] { 0.25, 0.75 }.Select(p => curve.Quantile(p).Time), Is.EqualTo(new[] { 2.0, 5.0 }));
    }

    // Eight patients: events at 1, 2, 3, 4 (S = 7/8, 6/8, 5/8, 4/8 = 0.5), censored at 6, 7, 8, 9.
    // The curve stays on exactly 0.5 to its last observation:
    //   R quantile.survfit: midpoint of 4 and the last time 9 → 6.5;
    //   R print.survfit: the start of the stretch, 4;
    //   SAS: no event time with S < 0.5 → missing.
    // Ten patients with events at 1–5, censored at 6 and 7, events at 9, 11, 12: S = 0.5 from 5 until
    // the next event time 9, so every rule gives (5 + 9)/2 = 7.
    [Test]
    public void CurveSittingOnOneHalf()
    {
        double[] toEnd = [1, 2, 3, 4, 6, 7, 8, 9];
        bool[] toEndDied = [true, true, true, true, false, false, false, false];
        var r = KaplanMeier.Fit(toEnd, toEndDied);
        Assert.That(r.Quantile(0.5).Time, Is.EqualTo(6.5));
        Assert.That(r.Median.Time, Is.EqualTo(4));
        var sas = KaplanMeier.Fit(toEnd, toEndDied, new KaplanMeierOptions { QuantileRule = QuantileRule.SasLifetest });
        Assert.That(sas.Median.Time, Is.NaN);

        double[] flat = [1, 2, 3, 4, 5, 6, 7, 9, 11, 12];
        bool[] flatDied = [true, true, true, true, true, false, false, true, true, true];
        foreach (var rule in Enum.GetValues<QuantileRule>())
        {
            var curve = KaplanMeier.Fit(flat, flatDied, new KaplanMeierOptions { QuantileRule = rule });
            Assert.That((curve.Median.Time, curve.Quantile(0.5).Time), Is.EqualTo((7.0, 7.0)), rule.ToString());
        }
    }

    // Two events among ten patients: S never reaches 0.5, so no rule gives a median.
    [Test]
    public void MedianNotReached()
    {
        double[] time = [1, 3, 4, 6, 8, 9, 10, 12, 15, 18];
        bool[] died = [true, false, false, true, false, false, false, false, false, false];
        foreach (var rule in Enum.GetValues<QuantileRule>())
        {
            var curve = KaplanMeier.Fit(time, died, new KaplanMeierOptions { QuantileRule = rule });
            Assert.That(curve.Median.Time, Is.NaN, rule.ToString());
            Assert.That(curve.Quantile(0.5).Time, Is.NaN, rule.ToString());
        }
    }
}
