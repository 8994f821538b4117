using System.Text.Json;
using AnalysisKit.Charts;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace AnalysisKit.Tests.Charts;

public class ChartRequestsTests
{
    private static readonly StepLineChartRequest Survival = new([0, 2, 5, 9], [1, 0.75, 0.5, 0.5])
    {
        Title = "Overall survival",
        SeriesName = "TACE + sorafenib",
        XAxisTitle = "Months",
    };

    [Test]
    public void StepLineFigureCarriesTheValuesStepShapeAndLabels()
    {
        using var figure = JsonDocument.Parse(GenericChart.toJson(Survival.ToChart()));
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

    // The kit's charts are ordinary Plotly.NET values: Plotly.NET's C# API combines and restyles them.
    [Test]
    public void KitChartsCombineAndRestyleWithPlotlyNet()
    {
        var other = new StepLineChartRequest([0, 3, 6], [1, 0.6, 0.3]) { SeriesName = "sorafenib alone" };
        var restyled = Plotly.NET.CSharp.Chart.Combine([Survival.ToChart(), other.ToChart()])
            .WithXAxisStyle<double, double, string>(TitleText: "Months since enrolment")
            .WithSize(Width: 800, Height: 500);
        using var figure = JsonDocument.Parse(GenericChart.toJson(restyled));
        var layout = figure.RootElement.GetProperty("layout");
        Assert.Multiple(() =>
        {
            Assert.That(figure.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()),
                Is.EqualTo(new[] { "TACE + sorafenib", "sorafenib alone" }));
            Assert.That(layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString(), Is.EqualTo("Months since enrolment"));
            Assert.That(layout.GetProperty("width").GetInt32(), Is.EqualTo(800));
        });
    }

    [Test]
    public void EmbeddedChartCarriesPlotlyJsAndDrawsItsFigure()
    {
        var html = ChartHtml.Fragment(Survival.ToChart(), PlotlyScript.Embedded);
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("plotly.js v2."));
            Assert.That(html, Does.Contain("(function (define, exports, module) {"));
            Assert.That(html, Does.Not.Contain("<script src"));
            Assert.That(html, Does.Match("<div id=\"(analysiskit-chart-[0-9a-f]{12}-[0-9]+)\"[^>]*></div>"));
            Assert.That(html, Does.Contain("\"y\":[1.0,0.75,0.5,0.5]"));
        });
    }

    [Test]
    public void ChartForAPageWithPlotlyJsCarriesNoScriptButThePageTagDoes()
    {
        var html = ChartHtml.Fragment(Survival.ToChart(), PlotlyScript.None);
        var tag = ChartHtml.ScriptTag();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("plotly.js v2."));
            Assert.That(html.Length, Is.LessThan(20_000));
            Assert.That(html, Does.Contain(ChartHtml.MissingPlotlyText));
            Assert.That(html, Does.Contain("var tries = 600;"), "waits 60 s for plotly.js in steps of 100 ms");
            Assert.That(tag, Does.StartWith("<script type=\"text/javascript\" charset=\"utf-8\">"));
            Assert.That(tag, Does.Contain("plotly.js v2."));
            Assert.That(tag, Does.EndWith("</script>"));
        });
    }

    [Test]
    public void TextThatCouldCloseTheScriptIsEscapedInTheFigure()
    {
        var html = ChartHtml.Fragment((Survival with { Title = "</script><b>x</b>" }).ToChart(), PlotlyScript.None);
        Assert.That(html, Does.Contain("\\u003c/script>\\u003cb>x\\u003c/b>"));
        Assert.That(html.Split("</script>").Length, Is.EqualTo(2), "only the fragment's own script end tag");
    }

    [Test]
    public void ReportRendererWritesFragmentsThatRelyOnThePagesPlotlyJs()
    {
        var renderer = new PlotlyChartRenderer();
        Assert.Multiple(() =>
        {
            Assert.That(renderer.Render(Survival), Does.Not.Contain("plotly.js v2."));
            Assert.That(renderer.Render(Survival), Does.Contain("\"y\":[1.0,0.75,0.5,0.5]"));
            Assert.That(renderer.PlotlyScriptTag(), Is.EqualTo(ChartHtml.ScriptTag()));
        });
    }

    [Test]
    public void AnUnknownRequestIsNamedInTheError()
    {
        var error = Assert.Throws<ArgumentException>(() => new NoSuchChart().ToChart());
        Assert.That(error!.Message, Does.StartWith("The kit draws no chart for a NoSuchChart; it draws Kaplan–Meier charts, forest plots and step lines."));
    }

    [TestCase(new[] { 0.0, -2 }, new[] { 1.0, 0.5 }, "times[1] is negative (-2); follow-up times must be 0 or more.")]
    [TestCase(new[] { 0.0, 3, 2.5 }, new[] { 1.0, 0.5, 0.4 }, "times[2] (2.5) is smaller than times[1] (3); times must be in increasing order.")]
    [TestCase(new[] { 0.0, 1 }, new[] { 1.0 }, "The step line has 2 times but 1 values; each time needs one value.")]
    [TestCase(new[] { 0.0 }, new[] { double.NaN }, "values[0] is NaN; values must be finite numbers.")]
    [TestCase(new double[0], new double[0], "The step line needs at least one time.")]
    public void BadStepLineDataIsRejectedBeforeDrawing(double[] times, double[] values, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new StepLineChartRequest(times, values).ToChart());
        Assert.That(error!.Message, Does.StartWith(message));
    }

    private sealed class NoSuchChart : IChartRequest
    {
        public string Title => "";

        public void Validate()
        {
        }
    }
}
