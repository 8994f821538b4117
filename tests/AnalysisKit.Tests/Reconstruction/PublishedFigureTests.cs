using AnalysisKit.Display;
using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Reconstruction;

public class PublishedFigureTests
{
    // 2, 3, 3+, 5, 6+, 8, 9, 12+: S = 0.875, 0.75, 0.6, 0.4, 0.2 at 2, 3, 5, 8, 9 (see ResultDisplayTests).
    private static readonly KaplanMeierCurve Eight =
        KaplanMeier.Fit([2, 3, 3, 5, 6, 8, 9, 12], [true, true, false, true, false, true, true, false]);

    [Test]
    public void ReadsBothCornersOfEveryStepAndTheAtRiskTable()
    {
        var figure = PublishedFigure.Read(Eight, [0, 5, 10], survivalDecimals: 1);
        Assert.That(figure.Curve.Time, Is.EqualTo(new double[] { 2, 2, 3, 3, 5, 5, 8, 8, 9, 9, 12 }));
        // 0.875 and 0.75 rounded to one decimal (away from zero): 0.9 and 0.8.
        Assert.That(figure.Curve.Survival, Is.EqualTo(new[] { 1, 0.9, 0.9, 0.8, 0.8, 0.6, 0.6, 0.4, 0.4, 0.2, 0.2 }).Within(1e-12));
        // At risk = followed to at least the time: all 8 at 0; 5, 6, 8, 9, 12 at 5; only 12 at 10.
        Assert.That(figure.AtRisk, Is.EqualTo(new[] { new NumberAtRisk(0, 8), new NumberAtRisk(5, 5), new NumberAtRisk(10, 1) }));
        Assert.That(figure.TotalEvents, Is.EqualTo(5));
    }

    [Test]
    public void RejectsAtRiskTimesAfterTheLastObservation() =>
        Assert.That(() => PublishedFigure.Read(Eight, [0, 13]), Throws.ArgumentException.With.Message.Contains("after the last observed time 12"));

    [Test]
    public void ComparisonOfACurveWithItselfShowsNoDifference()
    {
        var table = ResultTables.CompareCurves("a", Eight, "b", Eight, [4, 20]);
        Assert.That(table.Rows.Select(r => r[0].Text), Is.EqualTo(new[] { "patients", "events", "median", "median 0.95LCL", "median 0.95UCL", "S(4)", "S(20)" }));
        Assert.That(table.Rows.Select(r => r[1].Text), Is.EqualTo(new[] { "8", "5", "8", "5", "NA", "0.75", "0.2" }));
        Assert.That(table.Rows.Take(5).Select(r => r[3].Text), Is.EqualTo(new[] { "0", "0", "0", "0", "NA" }));
    }
}
