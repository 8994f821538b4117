using System.Globalization;
using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// The Kaplan–Meier chart's figure against R: the lung data by sex (tests/reference/km/data/lung.csv),
/// whose rows, limits, censorings and medians are in tests/reference/km/km_reference.json
/// (<c>survfit(Surv(time, status) ~ group)</c>, survival 3.5.3) and whose number at risk at
/// 0, 200, ..., 1000 days and log-rank p are in tests/reference/charts/km_chart.json
/// (<c>summary(fit, times = seq(0, 1000, 200), extend = TRUE)$n.risk</c>, <c>survdiff</c>).
/// Values are compared to 1e-6 relative (absolute floor 1e-12), counts exactly.
/// </summary>
public class KaplanMeierChartTests
{
    private static readonly Dictionary<string, string> Sexes = new() { ["1"] = "Male", ["2"] = "Female" };

    private static readonly Lazy<JsonDocument> ChartReference = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/charts/km_chart.json"))));

    private static JsonElement LungCurveInR(int index) =>
        KmReference.DataSet("lung").GetProperty("fits").EnumerateArray()
            .Single(f => f.GetProperty("conf_type").GetString() == "log" && f.GetProperty("conf_level").GetDouble() == 0.95)
            .GetProperty("curves")[index];

    // The example of KaplanMeierChartRequest's remarks, as written there.
    private static KaplanMeierChartRequest LungRequest(bool synthetic = false)
    {
        var lung = CsvTable.Read(RepositoryPaths.Of("tests/reference/km/data/lung.csv"));
        var time = CsvColumnReader.Times(lung, "time");
        var died = CsvColumnReader.Events(lung, "status");
        var sex = CsvColumnReader.Labels(lung, "group");
        var curves = KaplanMeier.FitByGroup(time, died, sex);
        var test = LogRankTest.Compute(time, died, sex);
        return KaplanMeierChartRequest.From(curves, "Overall survival by sex (lung)", "days", riskTableEvery: 200, synthetic: synthetic,
                curveLabels: Sexes)
            with { TestLabel = "Log-rank p = " + test.P.ToString("0.0000", CultureInfo.InvariantCulture) };
    }

    private static void Close(double[] actual, double[] expected, string what)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length), what + " length");
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i])) Assert.That(actual[i], Is.NaN, $"{what}[{i}]");
            else Assert.That(actual[i], Is.EqualTo(expected[i]).Within(Math.Max(KmReference.RelativeTolerance * Math.Abs(expected[i]), KmReference.AbsoluteFloor)), $"{what}[{i}]");
        }
    }

    private static double[] R(JsonElement curve, string column) =>
        curve.GetProperty("table").GetProperty(column).EnumerateArray().Select(KmReference.Number).ToArray();

    [TestCase(0, "Male")]
    [TestCase(1, "Female")]
    public void StepLineIsTheCurvesRowsFromTimeZeroDrawnHorizontalThenVertical(int index, string name)
    {
        var curve = ChartFigure.Of(LungRequest()).Trace(name);
        var r = LungCurveInR(index);
        Assert.Multiple(() =>
        {
            Assert.That(curve.GetProperty("mode").GetString(), Is.EqualTo("lines"));
            Assert.That(curve.GetProperty("line").GetProperty("shape").GetString(), Is.EqualTo("hv"));
            Close(ChartFigure.Numbers(curve, "x"), [0, .. R(r, "time")], "x");
            Close(ChartFigure.Numbers(curve, "y"), [1, .. R(r, "surv")], "y");
        });
    }

    [TestCase(0, "Male")]
    [TestCase(1, "Female")]
    public void BandIsTheLowerLimitFollowedByTheUpperFilledDownToIt(int index, string name)
    {
        var figure = ChartFigure.Of(LungRequest());
        var r = LungCurveInR(index);
        var lowerName = $"{name}: lower 95% CI (log)";
        var upperName = $"{name}: 95% CI (log)";
        var lower = figure.Trace(lowerName);
        var upper = figure.Trace(upperName);
        Assert.Multiple(() =>
        {
            Assert.That(figure.TraceNames.ToList().IndexOf(upperName), Is.EqualTo(figure.TraceNames.ToList().IndexOf(lowerName) + 1),
                "tonexty fills to the trace just before");
            Assert.That(upper.GetProperty("fill").GetString(), Is.EqualTo("tonexty"));
            Assert.That(lower.TryGetProperty("fill", out _), Is.False);
            Assert.That(upper.GetProperty("fillcolor").GetString(), Does.StartWith("rgba(").And.EndWith(",0.2)"), "semi-transparent");
            Assert.That(lower.GetProperty("line").GetProperty("shape").GetString(), Is.EqualTo("hv"));
            Assert.That(upper.GetProperty("line").GetProperty("shape").GetString(), Is.EqualTo("hv"));
            Close(ChartFigure.Numbers(lower, "x"), [0, .. R(r, "time")], "lower x");
            Close(ChartFigure.Numbers(lower, "y"), [1, .. R(r, "lower")], "lower y");
            Close(ChartFigure.Numbers(upper, "y"), [1, .. R(r, "upper")], "upper y");
        });
    }

    [TestCase(0, "Male")]
    [TestCase(1, "Female")]
    public void CensoringTicksArePlusMarksOnTheCurveAtEachCensoringTime(int index, string name)
    {
        var ticks = ChartFigure.Of(LungRequest()).Trace($"{name}: censored");
        var r = LungCurveInR(index);
        var censored = R(r, "n_censor").Select((c, i) => (c, i)).Where(p => p.c > 0).Select(p => p.i).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ticks.GetProperty("mode").GetString(), Is.EqualTo("markers"));
            Assert.That(ticks.GetProperty("marker").GetProperty("symbol").GetString(), Is.EqualTo("cross-thin"));
            Close(ChartFigure.Numbers(ticks, "x"), censored.Select(i => R(r, "time")[i]).ToArray(), "tick times");
            Close(ChartFigure.Numbers(ticks, "y"), censored.Select(i => R(r, "surv")[i]).ToArray(), "tick heights");
        });
    }

    [Test]
    public void NumberAtRiskTableHoldsRsCountsUnderTheSameTimeAxis()
    {
        var figure = ChartFigure.Of(LungRequest());
        var reference = ChartReference.Value.RootElement;
        var times = reference.GetProperty("times").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var (curve, name) in reference.GetProperty("curves").EnumerateArray().Zip(new[] { "Male", "Female" }))
            {
                var row = figure.Trace($"{name}: number at risk");
                Assert.That(row.GetProperty("mode").GetString(), Is.EqualTo("text"));
                Assert.That(row.GetProperty("xaxis").GetString(), Is.EqualTo("x2"));
                Assert.That(row.GetProperty("yaxis").GetString(), Is.EqualTo("y2"));
                Assert.That(ChartFigure.Numbers(row, "x"), Is.EqualTo(times));
                Assert.That(ChartFigure.Texts(row, "y").Distinct(), Is.EqualTo(new[] { name }));
                Assert.That(ChartFigure.Texts(row, "text"),
                    Is.EqualTo(curve.GetProperty("n_risk").EnumerateArray().Select(n => n.GetInt32().ToString(CultureInfo.InvariantCulture))), name);
            }
            var layout = figure.Layout;
            Assert.That(layout.GetProperty("xaxis2").GetProperty("matches").GetString(), Is.EqualTo("x"), "the table shares the plot's time axis");
            Assert.That(ChartFigure.Numbers(layout.GetProperty("xaxis"), "tickvals"), Is.EqualTo(times), "the time axis ticks at the table's times");
            Assert.That(layout.GetProperty("yaxis2").GetProperty("domain")[1].GetDouble(),
                Is.LessThan(layout.GetProperty("yaxis").GetProperty("domain")[0].GetDouble()), "the table sits under the plot");
            Assert.That(figure.Annotations, Does.Contain("<b>Number at risk at time t = patients with follow-up ≥ t</b>"));
        });
    }

    [TestCase(0, "Male")]
    [TestCase(1, "Female")]
    public void MedianLineRunsDashedFromTheSurvivalAxisToTheMedianAndDownToTheTimeAxis(int index, string name)
    {
        var median = ChartReference.Value.RootElement.GetProperty("curves")[index].GetProperty("median").GetDouble();
        Assert.That(median, Is.EqualTo(LungCurveInR(index).GetProperty("median").GetDouble()));
        var line = ChartFigure.Of(LungRequest()).Trace($"{name}: median {median.ToString("R", CultureInfo.InvariantCulture)}");
        Assert.Multiple(() =>
        {
            Assert.That(ChartFigure.Numbers(line, "x"), Is.EqualTo(new[] { 0, median, median }));
            Assert.That(ChartFigure.Numbers(line, "y"), Is.EqualTo(new[] { 0.5, 0.5, 0 }));
            Assert.That(line.GetProperty("line").GetProperty("dash").GetString(), Is.EqualTo("dash"));
        });
    }

    [Test]
    public void CurveThatNeverReachesOneHalfHasNoMedianLine()
    {
        // S = 3/4 after the one death among four patients: no median (R: NA).
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, false, false, false]);
        var figure = ChartFigure.Of(KaplanMeierChartRequest.From([curve], "", "months"));
        Assert.Multiple(() =>
        {
            Assert.That(figure.TraceNames.Where(n => n.Contains("median", StringComparison.Ordinal)), Is.Empty);
            Assert.That(ChartFigure.Numbers(figure.Trace("All patients"), "y"), Is.EqualTo(new[] { 1, 0.75, 0.75, 0.75, 0.75 }));
        });
    }

    [Test]
    public void CurveWithEventsAtTimeZeroStartsAtItsOwnFirstRow()
    {
        // Deaths at 0 and 2 among three patients: S(0) = 2/3, S(2) = 1/3 (R's survfit starts at time 0 with 2/3).
        var curve = KaplanMeier.Fit([0, 2, 3], [true, true, false]);
        var line = ChartFigure.Of(KaplanMeierChartRequest.From([curve], "", "months")).Trace("All patients");
        Assert.Multiple(() =>
        {
            Assert.That(ChartFigure.Numbers(line, "x"), Is.EqualTo(new[] { 0.0, 2, 3 }));
            Assert.That(ChartFigure.Numbers(line, "y"), Is.EqualTo(new[] { 2.0 / 3, 1.0 / 3, 1.0 / 3 }).Within(1e-15));
        });
    }

    [Test]
    public void LabelsNameTheTestTheIntervalTransformAndTheUnits()
    {
        var figure = ChartFigure.Of(LungRequest());
        var p = ChartReference.Value.RootElement.GetProperty("logrank_p").GetDouble();
        var layout = figure.Layout;
        Assert.Multiple(() =>
        {
            Assert.That(p.ToString("0.0000", CultureInfo.InvariantCulture), Is.EqualTo("0.0013"), "R's survdiff p");
            Assert.That(figure.Annotations, Does.Contain("Log-rank p = 0.0013<br>Shaded: pointwise 95% CI (log)<br>+ censored"));
            Assert.That(layout.GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Overall survival by sex (lung)"));
            Assert.That(layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Time (days)"));
            Assert.That(layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Survival probability"));
            Assert.That(layout.TryGetProperty("width", out _), Is.False, "the chart takes its container's width");
            Assert.That(ChartFigure.Texts(layout.GetProperty("yaxis2"), "categoryarray"), Is.EqualTo(new[] { "Female", "Male" }),
                "first curve on the top row of the table");
        });
    }

    [Test]
    public void IntervalTransformIsNamedAsTheFitUsedIt()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, true, false, true],
            new KaplanMeierOptions { ConfidenceType = ConfidenceIntervalType.LogLog, ConfidenceLevel = 0.9 });
        var request = KaplanMeierChartRequest.From([curve], "", "months");
        Assert.That(request.ConfidenceLabel, Is.EqualTo("90% CI (log-log)"));
        Assert.That(ChartFigure.Of(request).HasTrace("All patients: 90% CI (log-log)"));
    }

    [Test]
    public void SyntheticDataCarryTheNoteAndTrialDataDoNot()
    {
        var synthetic = ChartFigure.Of(LungRequest(synthetic: true)).Annotations;
        var trial = ChartFigure.Of(LungRequest()).Annotations;
        Assert.Multiple(() =>
        {
            Assert.That(synthetic, Does.Contain("Synthetic patients reconstructed from published summaries — not trial data"));
            Assert.That(trial.Where(a => a.Contains("ynthetic", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void PublishedLandmarkIsAMarkerWithItsIntervalAsErrorBars()
    {
        var request = LungRequest() with
        {
            Landmarks = [new PublishedLandmark("Published 1-year OS, women", 365, 0.53, 0.42, 0.67) { CurveName = "Female" }],
        };
        var figure = ChartFigure.Of(request);
        var marker = figure.Trace("Published 1-year OS, women");
        var error = marker.GetProperty("error_y");
        Assert.Multiple(() =>
        {
            Assert.That(ChartFigure.Numbers(marker, "x"), Is.EqualTo(new[] { 365.0 }));
            Assert.That(ChartFigure.Numbers(marker, "y"), Is.EqualTo(new[] { 0.53 }));
            Assert.That(error.GetProperty("symmetric").GetBoolean(), Is.False);
            Assert.That(ChartFigure.Numbers(error, "array")[0], Is.EqualTo(0.67 - 0.53).Within(1e-15), "up to the upper limit");
            Assert.That(ChartFigure.Numbers(error, "arrayminus")[0], Is.EqualTo(0.53 - 0.42).Within(1e-15), "down to the lower limit");
            Assert.That(marker.GetProperty("marker").GetProperty("color").GetString(),
                Is.EqualTo(figure.Trace("Female").GetProperty("line").GetProperty("color").GetString()), "in its curve's colour");
        });
    }

    [TestCase(1022, 200, new[] { 0.0, 200, 400, 600, 800, 1000 })]   // 1022/6 = 170.3 -> 200
    [TestCase(31, 10, new[] { 0.0, 10, 20, 30 })]                    // 31/6 = 5.2 -> 10
    [TestCase(24, 5, new[] { 0.0, 5, 10, 15, 20 })]                  // 24/6 = 4 -> 5
    [TestCase(12, 2, new[] { 0.0, 2, 4, 6, 8, 10, 12 })]             // 12/6 = 2 -> 2
    [TestCase(14, 2.5, new[] { 0.0, 2.5, 5, 7.5, 10, 12.5 })]        // 14/6 = 2.33 -> 2.5
    public void DefaultRiskTimesStepRoundlyUpToTheLastObservation(double lastTime, double step, double[] expected)
    {
        var curve = KaplanMeier.Fit([lastTime / 2, lastTime], [true, false]);
        var request = KaplanMeierChartRequest.From([curve], "", "months");
        Assert.That(request.RiskTimes, Is.EqualTo(expected), $"step {step}");
        // Follow-up >= t: both patients up to lastTime/2, then one, then none after lastTime.
        Assert.That(request.Curves[0].AtRisk, Is.EqualTo(expected.Select(t => t <= lastTime / 2 ? 2 : t <= lastTime ? 1 : 0)));
    }

    [Test]
    public void RiskCountsCarryZeroBeyondACurvesLastObservation()
    {
        var shortCurve = KaplanMeier.FitByGroup([1, 3, 2, 10], [true, false, true, false], ["a", "a", "b", "b"]);
        var request = KaplanMeierChartRequest.From(shortCurve, "", "months", riskTableEvery: 2.5);
        Assert.Multiple(() =>
        {
            Assert.That(request.RiskTimes, Is.EqualTo(new[] { 0.0, 2.5, 5, 7.5, 10 }));
            Assert.That(request.Curves[0].AtRisk, Is.EqualTo(new[] { 2, 1, 0, 0, 0 }), "a: followed to 1 and 3");
            Assert.That(request.Curves[1].AtRisk, Is.EqualTo(new[] { 2, 1, 1, 1, 1 }), "b: followed to 2 and 10");
        });
    }
}
