using AnalysisKit.Charts;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Charts;

/// <summary>Kaplan–Meier chart requests that cannot be drawn are refused, before drawing, with a message naming the problem.</summary>
public class KaplanMeierChartValidationTests
{
    private static KaplanMeierChartCurve Curve(string name = "Arm A") =>
        new(name, [0, 2, 5], [1, 0.8, 0.6], [1, 0.6, 0.4], [1, 0.95, 0.8], [3], [0.8], [10, 8, 4], null);

    private static KaplanMeierChartRequest Valid() => new([Curve()], [0, 2, 4]) { ConfidenceLabel = "95% CI (log)" };

    public static IEnumerable<TestCaseData> BadRequests()
    {
        yield return new TestCaseData(Valid() with { Curves = [] }, "A Kaplan–Meier chart needs at least one curve.");
        yield return new TestCaseData(Valid() with { RiskTimes = [] }, "The number-at-risk table needs at least one time");
        yield return new TestCaseData(Valid() with { RiskTimes = [0, 4, 2] },
            "riskTimes[2] (2) is not after riskTimes[1] (4); times must be in increasing order.");
        yield return new TestCaseData(Valid() with { Curves = [Curve(), Curve()] },
            "Two curves are named 'Arm A'; each curve needs its own label.");
        yield return new TestCaseData(Valid() with { Curves = [Curve("")] }, "Curve 1 has no name;");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { Survival = [1, 1.2, 0.6] }] },
            "Curve 'Arm A': survival[1] is 1.2; survival probabilities must lie between 0 and 1.");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { Times = [0, -2, 5] }] },
            "Curve 'Arm A': times[1] is negative (-2); follow-up times must be 0 or more.");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { Survival = [1, 0.8] }] },
            "Curve 'Arm A' has 3 times but 2 survival values, 3 lower and 3 upper limits; each time needs one of each.");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { Lower = [1, 0.9, 0.4], Upper = [1, 0.7, 0.8] }] },
            "Curve 'Arm A': lower[1] (0.9) is above upper[1] (0.7);");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { AtRisk = [10, 8] }] },
            "Curve 'Arm A' has 2 number-at-risk counts but the table has 3 times; each time needs one count.");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { AtRisk = [10, 12, 4] }] },
            "Curve 'Arm A': the number at risk rises from 10 at 0 to 12 at 2; patients cannot re-enter the risk set.");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { CensorSurvival = [] }] },
            "Curve 'Arm A' has 1 censoring times but 0 survival values for them;");
        yield return new TestCaseData(Valid() with { Curves = [Curve() with { Median = double.NaN }] },
            "Curve 'Arm A': the median (NaN) must be a time of 0 or more");
        yield return new TestCaseData(Valid() with { Landmarks = [new PublishedLandmark("12-month OS", 12, 0.5, 0.6, 0.7)] },
            "Published landmark '12-month OS': the lower limit (0.6) is above the estimate (0.5).");
        yield return new TestCaseData(Valid() with { Landmarks = [new PublishedLandmark("12-month OS", 12, 50)] },
            "Published landmark '12-month OS': survival is 50; survival probabilities must lie between 0 and 1.");
        yield return new TestCaseData(Valid() with { Landmarks = [new PublishedLandmark("12-month OS", 12, 0.5) { CurveName = "Arm B" }] },
            "Published landmark '12-month OS' belongs to curve 'Arm B', which is not in the chart; the curves are: Arm A.");
        yield return new TestCaseData(Valid() with { ConfidenceLabel = "" },
            "The confidence bands have no label; name their level and transform (for example \"95% CI (log)\"), or set ConfidenceBands to false.");
        yield return new TestCaseData(Valid() with { Synthetic = true, SyntheticNote = " " },
            "The data are marked synthetic but the note saying so is empty;");
    }

    [TestCaseSource(nameof(BadRequests))]
    public void BadRequestIsRefusedBeforeDrawing(KaplanMeierChartRequest request, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => request.ToChart());
        Assert.That(error!.Message, Does.StartWith(message));
    }

    [Test]
    public void ValidRequestDrawsBandsUnlessTurnedOff()
    {
        Assert.That(ChartFigure.Of(Valid()).TraceNames,
            Is.EqualTo(new[] { "Arm A: lower 95% CI (log)", "Arm A: 95% CI (log)", "Arm A", "Arm A: censored", "Arm A: number at risk" }),
            "no median line without a median");
        var figure = ChartFigure.Of(Valid() with { ConfidenceBands = false, ConfidenceLabel = "" });
        Assert.That(figure.TraceNames, Is.EqualTo(new[] { "Arm A", "Arm A: censored", "Arm A: number at risk" }));
        Assert.That(figure.Annotations.Where(a => a.Contains("CI", StringComparison.Ordinal)), Is.Empty, "no band named when none is drawn");
    }

    [Test]
    public void FactoryNeedsCurvesAUnitAndAPositiveSpacing()
    {
        var curve = KaplanMeier.Fit([1, 2], [true, false]);
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => KaplanMeierChartRequest.From([], "", "months"))!.Message,
                Does.StartWith("A Kaplan–Meier chart needs at least one curve."));
            Assert.That(Assert.Throws<ArgumentException>(() => KaplanMeierChartRequest.From([curve], "", " "))!.Message,
                Does.StartWith("Give the unit of the follow-up times (for example \"months\")"));
            Assert.That(Assert.Throws<ArgumentException>(() => KaplanMeierChartRequest.From([curve], "", "months", riskTableEvery: 0))!.Message,
                Does.StartWith("The number-at-risk spacing (0) must be a positive number of months."));
        });
    }
}
