using AnalysisKit.Reconstruction.SparseSummaries;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>The building blocks of the sparse-summary model, against hand arithmetic.</summary>
public class SparseModelTests
{
    [Test]
    public void AnExponentialThroughAMedianHalvesEveryMedian()
    {
        var curve = PiecewiseExponentialSurvival.WithMedian(8);
        Assert.That(curve.SurvivalAt(8), Is.EqualTo(0.5).Within(1e-15));
        Assert.That(curve.SurvivalAt(16), Is.EqualTo(0.25).Within(1e-15));
        Assert.That(curve.SurvivalAt(4), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-15));
        Assert.That(curve.TailHazard, Is.EqualTo(Math.Log(2) / 8).Within(1e-15));
    }

    [Test]
    public void PiecesAreLogLinearBetweenKnots()
    {
        var curve = new PiecewiseExponentialSurvival([(2, 0.8), (6, 0.2)], tailHazard: 0.1);
        Assert.That(curve.SurvivalAt(1), Is.EqualTo(Math.Sqrt(0.8)).Within(1e-15));
        Assert.That(curve.SurvivalAt(4), Is.EqualTo(0.4).Within(1e-15));          // 0.8 · (0.2/0.8)^(1/2)
        Assert.That(curve.SurvivalAt(16), Is.EqualTo(0.2 * Math.Exp(-1)).Within(1e-15));
        Assert.That(curve.TimeAt(0.4), Is.EqualTo(4).Within(1e-12));
        Assert.That(curve.TimeAt(0.2 * Math.Exp(-1)), Is.EqualTo(16).Within(1e-12));
    }

    [Test]
    public void QuantileTimesSitWhereTheCurveIsOneMinusIMinusAHalfOverN()
    {
        // n = 5, exponential with median 10: t_i = 10 · log2(1 / (1 − (i − 0.5)/5)).
        var times = PiecewiseExponentialSurvival.WithMedian(10).QuantileTimes(5);
        var expected = Enumerable.Range(1, 5).Select(i => 10 * Math.Log2(1 / (1 - (i - 0.5) / 5))).ToArray();
        Assert.That(times, Is.EqualTo(expected).Within(1e-12));
        Assert.That(times[2], Is.EqualTo(10).Within(1e-12), "odd n: the middle patient's event is the median");
    }

    [TestCase(0, 0.5)]
    [TestCase(2, 0.7)]
    public void KnotsOutOfOrderAreRefused(double time, double survival)
    {
        Assert.That(() => new PiecewiseExponentialSurvival([(1, 0.6), (time, survival)]), Throws.ArgumentException);
    }

    [Test]
    public void AdministrativeFollowUpIsEvenlySpreadAndItsMedianIsTheMidpoint()
    {
        var censoring = AdministrativeCensoring.FromLongestAndMedian(22, 14.9);
        Assert.That(censoring.AccrualMonths, Is.EqualTo(14.2).Within(1e-12));
        Assert.That(censoring.MinimumFollowUp, Is.EqualTo(7.8).Within(1e-12));
        var times = censoring.PotentialFollowUp(4);
        Assert.That(times, Is.EqualTo(new[] { 7.8 + 14.2 / 8, 7.8 + 3 * 14.2 / 8, 7.8 + 5 * 14.2 / 8, 7.8 + 7 * 14.2 / 8 }).Within(1e-12));
        Assert.That((times[1] + times[2]) / 2, Is.EqualTo(14.9).Within(1e-12));
    }

    [Test]
    public void TheShuffleIsAFixedPermutation()
    {
        var values = Enumerable.Range(0, 30).ToArray();
        var first = DeterministicShuffle.Apply(values, 42);
        Assert.That(first.Order(), Is.EqualTo(values));
        Assert.That(DeterministicShuffle.Apply(values, 42), Is.EqualTo(first));
        Assert.That(DeterministicShuffle.Apply(values, 43), Is.Not.EqualTo(first));
    }

    [Test]
    public void AReadmeSectionIsAppendedOnceAndThenReplaced()
    {
        var readme = "# t\n\nText.\n";
        var once = SparseReconstructedTrial.WithSection(readme, "## Synthetic patients\n\nA.\n");
        Assert.That(once, Is.EqualTo("# t\n\nText.\n\n## Synthetic patients\n\nA.\n"));
        var twice = SparseReconstructedTrial.WithSection(once + "\n## Later\n\nB.\n", "## Synthetic patients\n\nC.\n");
        Assert.That(twice, Is.EqualTo("# t\n\nText.\n\n## Synthetic patients\n\nC.\n\n## Later\n\nB.\n"));
    }
}
