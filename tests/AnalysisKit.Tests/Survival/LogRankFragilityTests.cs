using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

public class LogRankFragilityTests
{
    // A = 1, 3, 4+, 6 and B = 2, 5, 7, 8+: log-rank χ² = 0.8455873, p = 0.3578 (R survdiff).
    private static readonly double[] Time = [1, 3, 4, 6, 2, 5, 7, 8];
    private static readonly bool[] Died = [true, true, false, true, true, true, true, false];
    private static readonly string[] Group = ["A", "A", "A", "A", "B", "B", "B", "B"];

    [Test]
    public void TwoChangesAreNeededAndEveryReportedPIsTheTestOfTheChangedData()
    {
        var result = LogRankFragility.Compute(Time, Died, Group);
        Assert.That(result.StartP, Is.EqualTo(0.3578).Within(5e-5));
        Assert.That(result.Crossed, Is.True);
        Assert.That(result.Changes, Has.Count.EqualTo(2));

        // No single change reaches p < 0.05 (checked over all eight), so two is the fewest.
        for (var i = 0; i < Time.Length; i++)
        {
            var one = (bool[])Died.Clone();
            one[i] = !one[i];
            Assert.That(LogRankTest.Compute(Time, one, Group).P, Is.GreaterThanOrEqualTo(0.05), $"changing patient {i}");
        }

        var changed = (bool[])Died.Clone();
        foreach (var change in result.Changes)
        {
            Assert.That(changed[change.Patient], Is.EqualTo(change.WasEvent));
            changed[change.Patient] = !changed[change.Patient];
            Assert.That(change.PAfter, Is.EqualTo(LogRankTest.Compute(Time, changed, Group).P));
        }
        Assert.That(result.Changes[^1].PAfter, Is.LessThan(0.05));
    }

    [Test]
    public void StopsAtMaxChangesWithoutCrossing()
    {
        var result = LogRankFragility.Compute(Time, Died, Group, alpha: 1e-6, maxChanges: 1);
        Assert.That((result.Changes.Count, result.Crossed), Is.EqualTo((1, false)));
        Assert.That(result.ToString(), Does.Contain("1 changed outcome(s) did not move p across 1e-6"));
    }

    [Test]
    public void RejectsAlphaOutsideZeroOne() =>
        Assert.That(() => LogRankFragility.Compute(Time, Died, Group, alpha: 5), Throws.ArgumentException.With.Message.Contains("between 0 and 1"));
}
