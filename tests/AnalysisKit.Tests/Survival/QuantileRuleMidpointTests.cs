using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// <see cref="QuantileRule.RQuantileFunction"/> against hand arithmetic and against the printed
/// Table 4 of Kaseb et al. 2021 (Smoking / Missing and Alcohol abuse / Missing). Tolerance 1e-9 absolute.
/// </summary>
public class QuantileRuleMidpointTests
{
    private const double Tolerance = 1e-9;
    private static readonly KaplanMeierOptions Midpoint = new() { QuantileRule = QuantileRule.RQuantileFunction };

    // One death at 2.76, one patient censored at 33.02:
    //   t = 2.76: n = 2, d = 1, S = 1/2 (exactly 0.5), σ² = 1/(2·1) = 0.5, σ = 0.7071068
    //   log band: lower = 0.5·exp(−1.959964·0.7071068) = 0.5·0.2500838 = 0.1250419 (< 0.5),
    //             upper = min(0.5·exp(+1.385903), 1) = min(1.999330, 1) = 1 (never reaches 0.5)
    //   t = 33.02: censored, S stays 0.5 to the last observation.
    // print.survfit: the first time with S ≤ 0.5 is 2.76 and S never drops below 0.5 → 2.76.
    // quantile.survfit: the curve rests on 0.5 up to the last time → (2.76 + 33.02)/2 = 17.89.
    // Table 4 prints 17.89 (2.76, NA) for this group.
    private static readonly double[] SmokingMissingTimes = [2.76, 33.02];
    private static readonly bool[] SmokingMissingDied = [true, false];

    [Test]
    public void CurveRestingOnHalfToTheLastObservationGivesTheMidpointToThatObservation()
    {
        var median = KaplanMeier.Fit(SmokingMissingTimes, SmokingMissingDied, Midpoint).Median;
        Assert.That(median.Time, Is.EqualTo(17.89).Within(Tolerance));
        Assert.That(median.Lower, Is.EqualTo(2.76).Within(Tolerance));
        Assert.That(median.Upper, Is.NaN);
        Assert.That(median.Rule, Is.EqualTo(QuantileRule.RQuantileFunction));
    }

    [Test]
    public void RPrintRuleGivesTheStartOfTheFlatStretchForTheSameCurve()
    {
        var median = KaplanMeier.Fit(SmokingMissingTimes, SmokingMissingDied).Median;
        Assert.That(median.Time, Is.EqualTo(2.76).Within(Tolerance));
    }

    // Four deaths at 1, 2, 3, 4: S = 0.75, 0.5, 0.25, 0. The curve sits on 0.5 from 2 to 3 and
    // then drops, so every rule takes the midpoint (2 + 3)/2 = 2.5.
    [Test]
    public void FlatStretchThatEndsInADropGivesTheSameMidpointAsRPrint()
    {
        double[] time = [1, 2, 3, 4];
        bool[] died = [true, true, true, true];
        Assert.That(KaplanMeier.Fit(time, died, Midpoint).Median.Time, Is.EqualTo(2.5).Within(Tolerance));
        Assert.That(KaplanMeier.Fit(time, died).Median.Time, Is.EqualTo(2.5).Within(Tolerance));
    }

    // One death at 2.76 (Alcohol abuse / Missing): S drops from 1 to 0 at 2.76, below 0.5 at
    // once, so the median is 2.76 by either rule (Table 4 prints 2.76).
    [Test]
    public void SingleDeathGivesItsTime()
    {
        var median = KaplanMeier.Fit([2.76], [true], Midpoint).Median;
        Assert.That(median.Time, Is.EqualTo(2.76).Within(Tolerance));
    }

    // Quantile(p) is the same reading under R and RQuantileFunction: quantile(fit, 0.5) = 17.89 for both.
    [Test]
    public void QuantileFunctionIsUnchangedByTheRule()
    {
        var r = KaplanMeier.Fit(SmokingMissingTimes, SmokingMissingDied).Quantile(0.5);
        var midpoint = KaplanMeier.Fit(SmokingMissingTimes, SmokingMissingDied, Midpoint).Quantile(0.5);
        Assert.That(r.Time, Is.EqualTo(17.89).Within(Tolerance));
        Assert.That(midpoint.Time, Is.EqualTo(17.89).Within(Tolerance));
    }
}
