using System.Globalization;
using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.MetaAnalysis;
using AnalysisKit.Tests.MetaAnalysis;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// The forest plot's figure against metafor 3.8-1 (tests/reference/meta/meta-reference.json,
/// data set "moderate", 8 studies with τ² &gt; 0): study proportions and exact intervals
/// (<c>binom.test</c>), weights (<c>weights(fit)</c>), the back-transformed pooled proportion,
/// its interval and prediction interval (<c>predict(fit, transf = transf.ilogit)</c>) and the
/// heterogeneity statistics (<c>tau2</c>, <c>I2</c>, <c>QE</c>, <c>QEp</c>). Numbers drawn are
/// compared to 1e-6 relative (<see cref="MetaReference"/>); printed numbers must equal R's
/// rounded to the printed decimals.
/// </summary>
public class ForestPlotTests
{
    private static JsonElement Data => MetaReference.Dataset("moderate");

    private static JsonElement Fit(string method, bool knha) =>
        Data.GetProperty("fits").EnumerateArray().Single(f =>
            f.GetProperty("measure").GetString() == "PLO" && f.GetProperty("method").GetString() == method && f.GetProperty("knha").GetBoolean() == knha);

    private static ForestPlotRequest Request(HeterogeneityEstimator method = HeterogeneityEstimator.Reml, bool knha = false) =>
        ForestPlotRequest.From(
            ProportionMetaAnalysis.Run(ProportionMetaAnalysisReferenceTests.Studies(Data), ProportionMeasure.Logit,
                new RandomEffectsOptions { Method = method, KnappHartung = knha }),
            "Objective response", "objective response");

    private static void Close(double[] actual, double[] expected, string what)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length), what);
        for (var i = 0; i < expected.Length; i++) MetaReference.Close(actual[i], expected[i], $"{what}[{i}]");
    }

    private static string F(double x, int decimals) => x.ToString("F" + decimals, CultureInfo.InvariantCulture);

    [Test]
    public void OneRowPerStudyWithItsProportionAndExactIntervalTopToBottom()
    {
        var figure = ChartFigure.Of(Request());
        var events = MetaReference.Numbers(Data, "events");
        var n = MetaReference.Numbers(Data, "n");
        var k = events.Length;
        var rows = Enumerable.Range(0, k).Select(i => (double)(k - i)).ToArray();
        var squares = figure.Trace("Studies");
        var intervals = figure.Trace("Study exact CI");
        var lower = MetaReference.Numbers(Data, "cp_lower");
        var upper = MetaReference.Numbers(Data, "cp_upper");
        Assert.Multiple(() =>
        {
            Assert.That(ChartFigure.Numbers(squares, "x"), Is.EqualTo(events.Zip(n, (x, m) => x / m)), "x/n");
            Assert.That(ChartFigure.Numbers(squares, "y"), Is.EqualTo(rows));
            var x = ChartFigure.Numbers(intervals, "x");
            var y = ChartFigure.Numbers(intervals, "y");
            Close(x.Where((_, i) => i % 3 == 0).ToArray(), lower, "interval start");
            Close(x.Where((_, i) => i % 3 == 1).ToArray(), upper, "interval end");
            Assert.That(x.Where((_, i) => i % 3 == 2), Is.All.NaN, "segments are separated");
            Assert.That(y.Where((_, i) => i % 3 == 0), Is.EqualTo(rows));
            var ticks = ChartFigure.Texts(figure.Layout.GetProperty("yaxis"), "ticktext");
            var names = Data.GetProperty("study").EnumerateArray().Select(s => s.GetString()!).ToArray();
            Assert.That(ticks.Take(k), Is.EqualTo(names.Select((s, i) => $"{s}  ({events[i]}/{n[i]})")));
            Assert.That(ChartFigure.Numbers(figure.Layout.GetProperty("yaxis"), "tickvals").Take(k), Is.EqualTo(rows));
        });
    }

    [Test]
    public void WeightsAndIntervalsArePrintedBesideEachRow()
    {
        var annotations = ChartFigure.Of(Request()).Annotations;
        var weights = MetaReference.Numbers(Fit("REML", false), "weights");
        var events = MetaReference.Numbers(Data, "events");
        var n = MetaReference.Numbers(Data, "n");
        var lower = MetaReference.Numbers(Data, "cp_lower");
        var upper = MetaReference.Numbers(Data, "cp_upper");
        Assert.Multiple(() =>
        {
            Assert.That(weights.Sum(), Is.EqualTo(100).Within(1e-9));
            for (var i = 0; i < weights.Length; i++)
            {
                Assert.That(annotations, Does.Contain(F(weights[i], 1) + "%"), $"weight of study {i + 1}");
                Assert.That(annotations, Does.Contain($"{F(events[i] / n[i], 3)} [{F(lower[i], 3)}, {F(upper[i], 3)}]"), $"interval of study {i + 1}");
            }
            Assert.That(annotations, Does.Contain("<b>Proportion [95% CI]</b>").And.Contain("<b>Weight</b>"));
        });
    }

    [Test]
    public void DiamondSpansThePooledIntervalAndThePredictionIntervalHasItsOwnRow()
    {
        var fit = Fit("REML", false);
        var figure = ChartFigure.Of(Request());
        var diamond = figure.Trace("Random effects (REML), 95% CI");
        var prediction = figure.Trace("95% prediction interval");
        var p = fit.GetProperty("proportion").GetDouble();
        var lo = fit.GetProperty("proportion_lower").GetDouble();
        var hi = fit.GetProperty("proportion_upper").GetDouble();
        var piLo = fit.GetProperty("proportion_pi_lb").GetDouble();
        var piHi = fit.GetProperty("proportion_pi_ub").GetDouble();
        Assert.Multiple(() =>
        {
            Assert.That(piHi - piLo, Is.GreaterThan(hi - lo), "τ² > 0 widens the prediction interval");
            Close(ChartFigure.Numbers(diamond, "x"), [lo, p, hi, p, lo], "diamond x");
            Assert.That(ChartFigure.Numbers(diamond, "y"), Is.EqualTo(new[] { -0.25, 0.05, -0.25, -0.55, -0.25 }).Within(1e-12));
            Assert.That(diamond.GetProperty("fill").GetString(), Is.EqualTo("toself"));
            Close(ChartFigure.Numbers(prediction, "x"), [piLo, piHi], "prediction interval");
            Assert.That(ChartFigure.Numbers(prediction, "y"), Is.EqualTo(new[] { -1.0, -1 }));
            Assert.That(figure.Annotations, Does.Contain($"<b>{F(p, 3)} [{F(lo, 3)}, {F(hi, 3)}]</b>"));
            Assert.That(figure.Annotations, Does.Contain($"[{F(piLo, 3)}, {F(piHi, 3)}]"));
            var line = figure.Layout.GetProperty("shapes")[0];
            Assert.That(line.GetProperty("x0").GetDouble(), Is.EqualTo(p).Within(1e-6 * p), "dotted line at the pooled estimate");
            Assert.That(figure.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Proportion with objective response"));
        });
    }

    [TestCase(HeterogeneityEstimator.Reml, false, "REML", "REML", "Random effects (REML), 95% CI")]
    [TestCase(HeterogeneityEstimator.DerSimonianLaird, true, "DL", "DerSimonian–Laird", "Random effects (DerSimonian–Laird, Hartung–Knapp), 95% CI")]
    public void HeterogeneityLineNamesTheEstimatorAndGivesRsNumbers(HeterogeneityEstimator method, bool knha, string rMethod, string named, string pooledLabel)
    {
        var fit = Fit(rMethod, knha);
        var figure = ChartFigure.Of(Request(method, knha));
        var qp = fit.GetProperty("QEp").GetDouble();
        var expected = $"Heterogeneity ({named}): τ² = {F(fit.GetProperty("tau2").GetDouble(), 4)}, I² = {F(fit.GetProperty("I2").GetDouble(), 1)}%, " +
                       $"Q = {F(fit.GetProperty("QE").GetDouble(), 2)} (df = {fit.GetProperty("QE_df").GetInt32()}), p = {F(qp, 3)}";
        Assert.Multiple(() =>
        {
            Assert.That(qp, Is.GreaterThanOrEqualTo(0.001), "printed with three decimals");
            Assert.That(figure.Annotations, Does.Contain(expected + "<br>Study CIs: exact (Clopper–Pearson). Pooled on the logit scale and back-transformed."));
            Assert.That(figure.HasTrace(pooledLabel), Is.True);
        });
    }

    [Test]
    public void SmallHeterogeneityPValueIsPrintedAsBelowOneInAThousand()
    {
        var data = MetaReference.Dataset("heterogeneous");
        var fit = data.GetProperty("fits").EnumerateArray().Single(f =>
            f.GetProperty("measure").GetString() == "PLO" && f.GetProperty("method").GetString() == "REML" && !f.GetProperty("knha").GetBoolean());
        var request = ForestPlotRequest.From(ProportionMetaAnalysis.Run(ProportionMetaAnalysisReferenceTests.Studies(data)), "");
        Assert.Multiple(() =>
        {
            Assert.That(fit.GetProperty("QEp").GetDouble(), Is.LessThan(0.001));
            Assert.That(request.HeterogeneityLabel, Does.EndWith($"Q = {F(fit.GetProperty("QE").GetDouble(), 2)} (df = 6), p < 0.001"));
            Assert.That(request.XAxisTitle, Is.EqualTo("Proportion"));
        });
    }

    [Test]
    public void OutcomePooledAcrossTrialsIsDrawnWithItsCaveatsUnderThePlot()
    {
        // metafor's rma(..., method = "REML") on the four trials' objective response (tests/reference/comparison/pooled.json).
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/comparison/pooled.json")));
        var r = json.RootElement.GetProperty("results").EnumerateArray().Single(x =>
            x.GetProperty("outcome").GetString() == "objective_response" && x.GetProperty("measure").GetString() == "PLO" && x.GetProperty("method").GetString() == "REML");
        var pooled = CrossTrialPooling.Pool(OutcomeTable.Load(TrialCatalog.OpenRepository()), "objective_response");
        var request = ForestPlotRequest.From(pooled, "Objective response across trials");
        var figure = ChartFigure.Of(request);
        var footer = figure.Annotations.Single(a => a.StartsWith("Heterogeneity", StringComparison.Ordinal));
        var p = r.GetProperty("proportion").GetDouble();
        var lo = r.GetProperty("proportion_lower").GetDouble();
        var hi = r.GetProperty("proportion_upper").GetDouble();
        Assert.Multiple(() =>
        {
            Close(ChartFigure.Numbers(figure.Trace("Random effects (REML), 95% CI"), "x"), [lo, p, hi, p, lo], "diamond x");
            Close(ChartFigure.Numbers(figure.Trace("95% prediction interval"), "x"),
                [r.GetProperty("proportion_pi_lower").GetDouble(), r.GetProperty("proportion_pi_upper").GetDouble()], "prediction interval");
            Assert.That(request.XAxisTitle, Is.EqualTo("Proportion with objective response"));
            Assert.That(request.Notes, Is.EqualTo(pooled.Caveats));
            Assert.That(footer, Does.Contain($"τ² = {F(r.GetProperty("tau2").GetDouble(), 4)}, I² = {F(r.GetProperty("i2").GetDouble(), 1)}%, Q = {F(r.GetProperty("q").GetDouble(), 2)} (df = 3), p = {F(r.GetProperty("q_p").GetDouble(), 3)}"));
            foreach (var caveat in pooled.Caveats)
            {
                // Long caveats are broken at spaces (continuation lines indented with no-break spaces); the words are all there.
                var start = caveat[..Math.Min(caveat.Length, 40)];
                Assert.That(footer, Does.Contain(start), "caveat shown");
            }
            var lines = footer.Split("<br>");
            Assert.That(lines.Max(l => l.Length), Is.LessThanOrEqualTo(94), "lines fit under the plot on an 800-pixel page");
            Assert.That(string.Join(" ", lines.Select(l => l.Trim('\u00A0'))), Does.Contain(string.Join(" ", pooled.Caveats)));
        });
    }

    [Test]
    public void OutcomeThatWasNotPooledHasNoForestPlotAndSaysWhy()
    {
        var notPooled = new PooledOutcome("curative_conversion", [], null, "only kim2020 prints this outcome; pooling needs at least two trials.");
        var error = Assert.Throws<ArgumentException>(() => ForestPlotRequest.From(notPooled, ""));
        Assert.That(error!.Message, Does.StartWith("'curative_conversion' was not pooled, so there is no forest plot to draw: only kim2020 prints this outcome; pooling needs at least two trials."));
    }

    public static IEnumerable<TestCaseData> BadRequests()
    {
        var study = new ForestPlotStudy("Trial A", 12, 34, 12.0 / 34, 0.197, 0.535, 40);
        var valid = new ForestPlotRequest([study], 0.4, 0.3, 0.5, 0.2, 0.6);
        yield return new TestCaseData(valid with { Studies = [] }, "A forest plot needs at least one study.");
        yield return new TestCaseData(valid with { Studies = [study with { Label = "" }] }, "Study 1 has no name;");
        yield return new TestCaseData(valid with { Studies = [study with { Events = 40 }] },
            "Study 'Trial A' has 40 events among 34 patients; events must be between 0 and the number of patients");
        yield return new TestCaseData(valid with { Studies = [study with { Lower = 0.4 }] },
            "Study 'Trial A': the proportion (0.35294117647058826) is not inside its interval [0.4, 0.535];");
        yield return new TestCaseData(valid with { Studies = [study with { Weight = 120 }] },
            "Study 'Trial A': the weight is 120%; weights are percentages from 0 to 100.");
        yield return new TestCaseData(valid with { PooledUpper = 1.5 },
            "The pooled proportion: the upper limit is 1.5; proportions must lie between 0 and 1.");
        yield return new TestCaseData(valid with { PredictionLower = 0.45 },
            "The prediction interval around the pooled proportion (0.4) is not inside its interval [0.45, 0.6];");
        yield return new TestCaseData(valid with { Level = 95 },
            "The confidence level is 95; give it as a fraction between 0 and 1 (0.95 for 95%).");
    }

    [TestCaseSource(nameof(BadRequests))]
    public void BadRequestIsRefusedBeforeDrawing(ForestPlotRequest request, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => request.ToChart());
        Assert.That(error!.Message, Does.StartWith(message));
    }
}
