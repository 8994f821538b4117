using System.Text.Json;
using AnalysisKit.Comparison;
using AnalysisKit.Data;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Comparison;

public class SurvivalComparisonTests
{
    private const double Relative = 1e-6;

    private static SurvivalComparison CompareAml(out JsonElement reference)
    {
        var table = CsvTable.Read(RepositoryPaths.Of("tests/reference/km/data/aml.csv"));
        var time = CsvColumnReader.Times(table, "time");
        var status = CsvColumnReader.Events(table, "status");
        var group = CsvColumnReader.Labels(table, "group");
        var cohorts = new[] { "Maintained", "Nonmaintained" }.Select(g =>
        {
            var rows = Enumerable.Range(0, time.Length).Where(i => group[i] == g).ToList();
            return new SurvivalCohort(g, "remission", rows.Select(i => time[i]).ToList(), rows.Select(i => status[i]).ToList(), Synthetic: false);
        }).ToList();
        reference = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/comparison/survival-comparison.json"))).RootElement.Clone();
        return SurvivalComparison.Compare(cohorts, [6, 12, 24]);
    }

    private static void Near(double actual, JsonElement expected, string what)
    {
        if (expected.ValueKind == JsonValueKind.String) // R's NA
        {
            Assert.That(double.IsNaN(actual), Is.True, $"{what}: R prints NA");
            return;
        }
        var want = expected.GetDouble();
        Assert.That(actual, Is.EqualTo(want).Within(Math.Max(Math.Abs(want) * Relative, 1e-12)), what);
    }

    // R: tau = min(tapply(aml$time, aml$x, max)) = min(161, 45) = 45.
    [Test]
    public void HorizonIsTheSmallerLastFollowUp()
    {
        var comparison = CompareAml(out var reference);
        Assert.That(comparison.Horizon, Is.EqualTo(reference.GetProperty("tau").GetDouble()));
        Assert.That(comparison.AnySynthetic, Is.False);
    }

    [Test]
    public void MediansLandmarksAndRestrictedMeansEqualR()
    {
        var comparison = CompareAml(out var reference);
        var expected = reference.GetProperty("cohorts").EnumerateArray().ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var row = comparison.Rows[i];
            var r = expected[i];
            var median = row.Curve.Median;
            Near(median.Time, r.GetProperty("median"), "median");
            Near(median.Lower, r.GetProperty("median_lower"), "median lower");
            Near(median.Upper, r.GetProperty("median_upper"), "median upper");
            for (var k = 0; k < 3; k++)
            {
                Near(row.Landmarks[k]!.Survival, r.GetProperty("landmark_surv")[k], $"S({comparison.LandmarkTimes[k]})");
                Near(row.Landmarks[k]!.Lower, r.GetProperty("landmark_lower")[k], $"lower S({comparison.LandmarkTimes[k]})");
                Near(row.Landmarks[k]!.Upper, r.GetProperty("landmark_upper")[k], $"upper S({comparison.LandmarkTimes[k]})");
            }
            Near(row.RestrictedMean.Mean, r.GetProperty("rmean"), "rmean");
            Near(row.RestrictedMean.StdErr, r.GetProperty("rmean_se"), "se(rmean)");
            Near(row.RestrictedMeanLower, r.GetProperty("rmean_lower"), "rmean lower");
            Near(row.RestrictedMeanUpper, r.GetProperty("rmean_upper"), "rmean upper");
        }
    }

    [Test]
    public void NoCohortIsRefused() =>
        Assert.Throws<ArgumentException>(() => SurvivalComparison.Compare([], [12]));

    [Test]
    public void NegativeLandmarkIsRefused()
    {
        var cohort = new SurvivalCohort("t", "os", [1, 2], [true, false], Synthetic: true);
        var e = Assert.Throws<ArgumentException>(() => SurvivalComparison.Compare([cohort], [-1]))!;
        Assert.That(e.Message, Does.Contain("Landmark times"));
    }
}
