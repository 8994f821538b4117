using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Tests.MetaAnalysis;

/// <summary>Small cases worked by hand (tolerance 1e-12).</summary>
public class RandomEffectsModelHandTests
{
    // y = (0, 3), v = (1, 1): fixed-effect mean 1.5, Q = 1.5² + 1.5² = 4.5 on 1 df,
    // tr P = 2 − 2/2 = 1, so DL τ² = (4.5 − 1)/1 = 3.5. With equal variances REML gives
    // τ² = s² − v = 4.5 − 1 = 3.5 as well. Then wᵢ = 1/4.5, μ̂ = 1.5, SE = √(4.5/2) = 1.5,
    // I² = 100·3.5/(1 + 3.5), H² = 4.5.
    [TestCase(HeterogeneityEstimator.DerSimonianLaird)]
    [TestCase(HeterogeneityEstimator.Reml)]
    public void TwoStudiesWithEqualVariances(HeterogeneityEstimator method)
    {
        var fit = RandomEffectsModel.Fit([0, 3], [1, 1], new RandomEffectsOptions { Method = method });
        Assert.That(fit.Tau2, Is.EqualTo(3.5).Within(1e-12));
        Assert.That(fit.Estimate, Is.EqualTo(1.5).Within(1e-12));
        Assert.That(fit.StandardError, Is.EqualTo(1.5).Within(1e-12));
        Assert.That(fit.Statistic, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(fit.Q, Is.EqualTo(4.5).Within(1e-12));
        Assert.That(fit.I2, Is.EqualTo(100 * 3.5 / 4.5).Within(1e-12));
        Assert.That(fit.H2, Is.EqualTo(4.5).Within(1e-12));
        Assert.That(fit.Weights, Is.EqualTo(new[] { 50.0, 50.0 }).Within(1e-12));
        // Normal two-sided p of z = 1 and the 95% interval 1.5 ± 1.959963984540054·1.5.
        Assert.That(fit.P, Is.EqualTo(0.31731050786291410).Within(1e-12));
        Assert.That(fit.CiLower, Is.EqualTo(1.5 - 1.959963984540054 * 1.5).Within(1e-12));
    }

    [Test]
    public void KnappHartungScalesTheVarianceAndUsesT()
    {
        // Same data: Σwᵢ(yᵢ − μ̂)² = 2·1.5²/4.5 = 1, so the scale factor is 1/(k − 1) = 1 and SE stays 1.5;
        // the interval uses qt(0.975, 1) = 12.706204736174707.
        var fit = RandomEffectsModel.Fit([0, 3], [1, 1], new RandomEffectsOptions { KnappHartung = true });
        Assert.That(fit.DegreesOfFreedom, Is.EqualTo(1));
        Assert.That(fit.StandardError, Is.EqualTo(1.5).Within(1e-12));
        Assert.That(fit.CiUpper, Is.EqualTo(1.5 + 12.706204736174707 * 1.5).Within(1e-9));
        // P(|T₁| ≥ 1) = 1/2 for the Cauchy distribution.
        Assert.That(fit.P, Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void HomogeneousStudiesGiveTauSquaredZero()
    {
        var fit = RandomEffectsModel.Fit([0.5, 0.5, 0.5], [0.1, 0.2, 0.3]);
        Assert.That(fit.Tau2, Is.EqualTo(0));
        Assert.That(fit.Q, Is.EqualTo(0).Within(1e-15));
        Assert.That(fit.QP, Is.EqualTo(1));
        Assert.That(fit.I2, Is.EqualTo(0));
        Assert.That(fit.H2, Is.EqualTo(1));
    }

    [TestCase(0.3, 10)]
    [TestCase(0.7, 11)]
    [TestCase(0.0, 25)]
    [TestCase(1.0, 25)]
    public void InverseFreemanTukeyUndoesTheTransform(double p, int n)
    {
        var z = ProportionTransforms.FreemanTukey(p * n, n);
        Assert.That(ProportionTransforms.InverseFreemanTukey(z, n), Is.EqualTo(p).Within(1e-12));
    }

    [Test]
    public void HarmonicMeanAndInverseLogit()
    {
        Assert.That(ProportionTransforms.HarmonicMean([10, 40]), Is.EqualTo(16).Within(1e-12));
        Assert.That(ProportionTransforms.InverseLogit(Math.Log(3)), Is.EqualTo(0.75).Within(1e-15));
        Assert.That(ProportionTransforms.InverseLogit(-800), Is.EqualTo(0));
    }

    [Test]
    public void LogitCorrectionOnlyForZeroAndAllEvents()
    {
        var effects = ProportionEffectSizes.Compute(
            [new ProportionStudy("none", 0, 10), new ProportionStudy("all", 10, 10), new ProportionStudy("some", 3, 10)],
            ProportionMeasure.Logit);
        Assert.That(effects[0].Yi, Is.EqualTo(Math.Log(0.5 / 10.5)).Within(1e-14));
        Assert.That(effects[0].Vi, Is.EqualTo(1 / 0.5 + 1 / 10.5).Within(1e-14));
        Assert.That(effects[1].Yi, Is.EqualTo(Math.Log(10.5 / 0.5)).Within(1e-13));
        Assert.That(effects[2].Yi, Is.EqualTo(Math.Log(3.0 / 7)).Within(1e-14));
        Assert.That(effects[2].Vi, Is.EqualTo(1.0 / 3 + 1.0 / 7).Within(1e-14));
        Assert.That(effects[0].Proportion, Is.EqualTo(0), "the reported proportion is uncorrected");
    }
}
