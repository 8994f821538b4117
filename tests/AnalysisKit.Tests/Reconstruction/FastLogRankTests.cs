using AnalysisKit.Reconstruction;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The search loop's log-rank p (<c>FastLogRank</c>) against the kit's general log-rank test
/// (<see cref="SubgroupStatistics.LogRankP"/>, itself checked against R's <c>survdiff</c>) on
/// random groupings of 2 to 5 levels with ties, censoring and empty levels. Tolerance 1e-9
/// relative (the two solve the same linear system by different eliminations).
/// </summary>
public class FastLogRankTests
{
    [Test]
    public void AgreesWithTheKitsLogRankTestOnRandomGroupings()
    {
        var random = new Random(11);
        var grid = new[] { 1.71, 2.76, 3.06, 5.22, 7.75, 10.25, 10.38, 12.0, 12.25, 17.89, 24.0, 25.07, 33.02 };
        var compared = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            var n = random.Next(2, 35);
            var levels = random.Next(2, 6);
            var time = Enumerable.Range(0, n).Select(_ => grid[random.Next(grid.Length)]).ToArray();
            var died = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7).ToArray();
            var group = Enumerable.Range(0, n).Select(_ => random.Next(levels)).ToArray();
            var order = Enumerable.Range(0, n).OrderBy(p => time[p]).ThenBy(p => p).ToArray();
            var expected = SubgroupStatistics.LogRankP(time, died, group.Select(g => $"level {g}").ToArray());
            var fast = FastLogRank.P(order, time, died, group, levels);
            if (double.IsNaN(expected))
            {
                Assert.That(fast, Is.NaN, $"case {trial}");
                continue;
            }
            Assert.That(fast, Is.EqualTo(expected).Within(1e-7).Percent.Or.EqualTo(expected).Within(1e-12), $"case {trial}");
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(350), "most random cases have two or more groups with patients");
    }
}
