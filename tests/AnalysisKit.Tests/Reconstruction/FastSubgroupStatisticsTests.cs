using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The search loop's statistics (<c>FastSubgroupStatistics</c>) against the kit's general
/// Kaplan–Meier code (<see cref="SubgroupStatistics.Of"/>, itself checked against R) on random
/// groups with ties, censoring, flat stretches at 0.5 and landmarks past the last time.
/// Tolerance 1e-12 absolute; missing values must be missing in both.
/// </summary>
public class FastSubgroupStatisticsTests
{
    [Test]
    public void AgreesWithTheKitsKaplanMeierOnRandomGroups()
    {
        var random = new Random(7);
        var grid = new[] { 1.71, 2.76, 3.06, 5.22, 7.75, 10.25, 10.38, 12.0, 12.25, 17.89, 24.0, 25.07, 33.02 };
        var fast = new double[11];
        for (var trial = 0; trial < 500; trial++)
        {
            var n = random.Next(1, 35);
            var time = Enumerable.Range(0, n).Select(_ => grid[random.Next(grid.Length)]).ToArray();
            var died = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.7).ToArray();
            var expected = SubgroupStatistics.Of(time, died, [12, 24]);
            FastSubgroupStatistics.Compute((double[])time.Clone(), (bool[])died.Clone(), n, [12.0, 24.0], fast);
            string[] columns = ["n", "events", "median", "median_lower", "median_upper", "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper"];
            for (var k = 0; k < columns.Length; k++)
            {
                var e = expected[columns[k]];
                if (double.IsNaN(e)) Assert.That(fast[k], Is.NaN, $"case {trial}, {columns[k]}");
                else Assert.That(fast[k], Is.EqualTo(e).Within(1e-12), $"case {trial}, {columns[k]}");
            }
        }
    }
}
