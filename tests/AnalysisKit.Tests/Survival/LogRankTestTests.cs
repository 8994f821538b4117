using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>LogRankTest on an example small enough to follow by hand, and its argument checks.</summary>
public sealed class LogRankTestTests
{
    // A: event at 1, censored at 3. B: events at 2 and 4.
    // t=1: n=4, d=1, n_A=2 -> E_A = 1/2, V = (2/4)(2/4)(3/3) = 1/4
    // t=2: n=3, d=1, n_A=1 -> E_A = 1/3, V = (1/3)(2/3)(2/2) = 2/9
    // t=4: n=1, n_A=0      -> nothing for A, no variance (one at risk)
    // O_A - E_A = 1 - 5/6 = 1/6; V = 17/36; chi2 = (1/36) / (17/36) = 1/17.
    private static readonly double[] Time = [1, 3, 2, 4];
    private static readonly bool[] Status = [true, false, true, true];
    private static readonly string[] Group = ["A", "A", "B", "B"];

    [Test]
    public void Hand_computed_log_rank()
    {
        var result = LogRankTest.Compute(Time, Status, Group);

        Assert.That(result.ChiSquare, Is.EqualTo(1.0 / 17).Within(1e-14));
        Assert.That(result.DegreesOfFreedom, Is.EqualTo(1));
        Assert.That(result.Groups[0].Expected, Is.EqualTo(5.0 / 6).Within(1e-14));
        Assert.That(result.Groups[1].Expected, Is.EqualTo(13.0 / 6).Within(1e-14));
        Assert.That(result.Variance[0, 0], Is.EqualTo(17.0 / 36).Within(1e-14));
        Assert.That(result.Variance[0, 1], Is.EqualTo(-17.0 / 36).Within(1e-14));
    }

    [Test]
    public void Peto_weights_use_the_left_continuous_pooled_survival()
    {
        // S(t-) of the pooled sample: 1 at t=1, 3/4 at t=2, 3/4*2/3 = 1/2 at t=4.
        // O_A = 1*1 = 1; E_A = 1*(1/2) + (3/4)(1/3) = 3/4; V = 1*(1/4) + (9/16)(2/9) = 3/8.
        var result = LogRankTest.Compute(Time, Status, Group, rho: 1);

        Assert.That(result.Groups[0].Observed, Is.EqualTo(1.0).Within(1e-14));
        Assert.That(result.Groups[0].Expected, Is.EqualTo(0.75).Within(1e-14));
        Assert.That(result.ChiSquare, Is.EqualTo(0.0625 / 0.375).Within(1e-14));
    }

    [Test]
    public void Tiny_p_values_keep_their_digits()
    {
        // chi2 = 400 on 1 df: p = erfc(20/sqrt 2) = 5.507248237212467e-89 (R: pchisq(400, 1, lower.tail = FALSE)).
        Assert.That(TailProbability.ChiSquareUpper(400, 1), Is.EqualTo(5.507248237212467e-89).Within(1e-6).Percent);
        Assert.That(TailProbability.NormalTwoSided(20), Is.EqualTo(5.507248237212467e-89).Within(1e-6).Percent);
    }

    [Test]
    public void One_group_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LogRankTest.Compute(Time, Status, ["A", "A", "A", "A"]));
        Assert.That(error!.Message, Does.Contain("at least two groups"));
    }

    [Test]
    public void Lengths_must_match()
    {
        var error = Assert.Throws<ArgumentException>(() => LogRankTest.Compute(Time, Status, ["A", "B", "B"]));
        Assert.That(error!.Message, Does.Contain("4 follow-up times but 3 values of group"));
    }

    [Test]
    public void Negative_time_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LogRankTest.Compute([1, -2, 3, 4], Status, Group));
        Assert.That(error!.Message, Does.StartWith("time[1] is negative (-2)"));
    }

    [Test]
    public void Empty_group_label_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LogRankTest.Compute(Time, Status, ["A", "", "B", "B"]));
        Assert.That(error!.Message, Does.StartWith("group[1] is empty"));
    }

    [Test]
    public void Negative_rho_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LogRankTest.Compute(Time, Status, Group, rho: -1));
    }
}
