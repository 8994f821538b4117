using System.Reflection;
using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Charts;

public class IsolatedChartsTests
{
    private static readonly string Configuration =
        typeof(IsolatedChartsTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private static readonly IsolatedCharts Charts = new(RepositoryPaths.Of($"src/AnalysisKit.Charts/bin/{Configuration}/net10.0"));

    private static readonly StepLineChartRequest Survival = new([0, 2, 5, 9], [1, 0.75, 0.5, 0.5])
    {
        Title = "Overall survival",
        SeriesName = "TACE + sorafenib",
        XAxisTitle = "Months",
    };

    [Test]
    public void StepLineFigureCarriesTheValuesStepShapeAndLabels()
    {
        using var figure = JsonDocument.Parse(Charts.FigureJson(Survival));
        var trace = figure.RootElement.GetProperty("data").EnumerateArray().Single();
        var layout = figure.RootElement.GetProperty("layout");
        Assert.Multiple(() =>
        {
            Assert.That(trace.GetProperty("type").GetString(), Is.EqualTo("scatter"));
            Assert.That(trace.GetProperty("mode").GetString(), Is.EqualTo("lines"));
            Assert.That(trace.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 0.0, 2, 5, 9 }));
            Assert.That(trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 1.0, 0.75, 0.5, 0.5 }));
            Assert.That(trace.GetProperty("line").GetProperty("shape").GetString(), Is.EqualTo("hv"));
            Assert.That(trace.GetProperty("name").GetString(), Is.EqualTo("TACE + sorafenib"));
            Assert.That(trace.GetProperty("showlegend").GetBoolean(), Is.True);
            Assert.That(layout.GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Overall survival"));
            Assert.That(layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Months"));
            Assert.That(layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Survival probability"));
            Assert.That(layout.TryGetProperty("width", out _), Is.False, "as wide as its container");
        });
    }

    [Test]
    public void EmbeddedChartCarriesPlotlyJsAndDrawsItsFigure()
    {
        var chart = Charts.Render(Survival);
        Assert.Multiple(() =>
        {
            Assert.That(chart.ChartName, Is.EqualTo("step-line"));
            Assert.That(chart.ToString(), Is.EqualTo("[step-line chart: Overall survival]"));
            Assert.That(chart.Html, Does.Contain("plotly.js v2."));
            Assert.That(chart.Html, Does.Contain("(function (define, exports, module) {"));
            Assert.That(chart.Html, Does.Not.Contain("<script src"));
            Assert.That(chart.Html, Does.Match("<div id=\"(analysiskit-chart-[0-9a-f]{12}-[0-9]+)\"[^>]*></div>"));
            Assert.That(chart.Html, Does.Contain("\"y\":[1.0,0.75,0.5,0.5]"));
        });
    }

    [Test]
    public void ChartForAPageWithPlotlyJsCarriesNoScriptButThePageTagDoes()
    {
        var chart = Charts.Render(Survival, PlotlyScript.None);
        var tag = Charts.PlotlyScriptTag();
        Assert.Multiple(() =>
        {
            Assert.That(chart.Html, Does.Not.Contain("plotly.js v2."));
            Assert.That(chart.Html.Length, Is.LessThan(20_000));
            Assert.That(chart.Html, Does.Contain("This chart needs plotly.js, which this page does not include."));
            Assert.That(tag, Does.StartWith("<script type=\"text/javascript\" charset=\"utf-8\">"));
            Assert.That(tag, Does.Contain("plotly.js v2."));
            Assert.That(tag, Does.EndWith("</script>"));
        });
    }

    [Test]
    public void TextThatCouldCloseTheScriptIsEscapedInTheFigure()
    {
        var chart = Charts.Render(Survival with { Title = "</script><b>x</b>" }, PlotlyScript.None);
        Assert.That(chart.Html, Does.Contain("\\u003c/script>\\u003cb>x\\u003c/b>"));
        Assert.That(chart.Html.Split("</script>").Length, Is.EqualTo(2), "only the fragment's own script end tag");
    }

    [Test]
    public void ChartLibraryRunsWithItsOwnFSharpCore()
    {
        Assert.That(Charts.ChartNames, Is.EqualTo(new[] { "forest", "kaplan-meier", "step-line" }));
        var fsharpCore = Charts.LoadContext.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");
        Assert.That(fsharpCore.GetName().Version, Is.GreaterThanOrEqualTo(new Version(10, 1, 0, 0)));
        Assert.That(Path.GetDirectoryName(fsharpCore.Location), Is.EqualTo(Charts.ChartsDirectory));
    }

    [Test]
    public void DefaultFindsTheChartLibraryFromTheCoresLocation() =>
        Assert.That(IsolatedCharts.Default.ChartNames, Does.Contain("step-line"));

    [Test]
    public void UnknownChartIsNamedInTheError()
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Render(new NoSuchChart()));
        Assert.That(error!.Message, Does.StartWith("There is no chart named 'no-such-chart'; the charts are: forest, kaplan-meier, step-line."));
    }

    [TestCase(new[] { 0.0, -2 }, new[] { 1.0, 0.5 }, "times[1] is negative (-2); follow-up times must be 0 or more.")]
    [TestCase(new[] { 0.0, 3, 2.5 }, new[] { 1.0, 0.5, 0.4 }, "times[2] (2.5) is smaller than times[1] (3); times must be in increasing order.")]
    [TestCase(new[] { 0.0, 1 }, new[] { 1.0 }, "The step line has 2 times but 1 values; each time needs one value.")]
    [TestCase(new[] { 0.0 }, new[] { double.NaN }, "values[0] is NaN; values must be finite numbers.")]
    [TestCase(new double[0], new double[0], "The step line needs at least one time.")]
    public void BadStepLineDataIsRejectedBeforeDrawing(double[] times, double[] values, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => Charts.Render(new StepLineChartRequest(times, values)));
        Assert.That(error!.Message, Does.StartWith(message));
    }

    private sealed class NoSuchChart : IChartRequest
    {
        public string ChartName => "no-such-chart";

        public string Title => "";

        public void Validate()
        {
        }
    }
}
