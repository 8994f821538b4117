using AnalysisKit.Charts;
using AnalysisKit.Interactive;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;
using GenericChart = Plotly.NET.GenericChart;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// What <see cref="NotebookSession.Start"/> registers with the real formatter of the .NET
/// Interactive kernel (the package the pinned kernel ships): Plotly.NET charts and Deedle frames
/// shown as the kit's HTML.
/// </summary>
[NonParallelizable]
public class NotebookSessionFormatterTests
{
    private const string Html = "text/html";
    private const string PlotlyJsBanner = "plotly.js v2.";

    private static readonly GenericChart Survival = new StepLineChartRequest([0, 2, 5], [1, 0.6, 0.4]) { Title = "OS" }.ToChart();

    [SetUp]
    public void StartSession()
    {
        Formatter.ResetToDefault();
        NotebookSession.Start();
    }

    [TearDown]
    public void ResetKernelFormatter() => Formatter.ResetToDefault();

    [Test]
    public void TheKernelsFormatterIsFoundWithoutAReference() =>
        Assert.That(KernelFormatters.Formatter, Is.EqualTo(typeof(Formatter)));

    [Test]
    public void OnlyTheSessionsFirstChartCarriesPlotlyJs()
    {
        var first = Survival.ToDisplayString(Html);
        var second = Survival.ToDisplayString(Html);
        Assert.Multiple(() =>
        {
            Assert.That(first, Does.StartWith("<div class=\"analysiskit-chart\">"));
            Assert.That(first, Does.Contain(PlotlyJsBanner));
            Assert.That(second, Does.StartWith("<div class=\"analysiskit-chart\">"));
            Assert.That(second, Does.Not.Contain(PlotlyJsBanner));
            Assert.That(second, Does.Contain("\"y\":[1.0,0.6,0.4]"));
            Assert.That(second.Length, Is.LessThan(20_000));
        });
    }

    [Test]
    public void StartingAgainMakesTheNextChartCarryPlotlyJsAgain()
    {
        _ = Survival.ToDisplayString(Html);
        NotebookSession.Start();
        Assert.That(Survival.ToDisplayString(Html), Does.Contain(PlotlyJsBanner));
    }

    [Test]
    public void AFrameOfAnyKeyTypesShowsAsTheKitsTable()
    {
        var frame = Frame.FromRecords(new[] { new { arm = "A", time = 1.5, died = true }, new { arm = "B", time = 2.25, died = false } });
        var html = frame.ToDisplayString(Html);
        Assert.Multiple(() =>
        {
            Assert.That(html, Is.EqualTo(FrameHtml.Of(frame)));
            Assert.That(html, Does.StartWith("<table class=\"analysiskit-table\"><caption>2 rows × 3 columns</caption>"));
            Assert.That(html, Does.Contain("<th>arm</th>").Or.Contain(">arm</th>"));
            Assert.That(html, Does.Contain(">2.25</td>"));
        });
    }

    [Test]
    public void AFrameOfSyntheticPatientsSaysSoInItsCaption()
    {
        var frame = Frame.FromRecords(new[] { new { time = 3.0, synthetic = true }, new { time = 4.5, synthetic = true } });
        Assert.That(frame.ToDisplayString(Html), Does.Contain($"<caption>{FrameHtml.SyntheticNote} (2 rows × 2 columns)</caption>"));
    }

    [Test]
    public void ALongFrameShowsItsHeadAndCountsTheRest()
    {
        var frame = Frame.FromRecords(Enumerable.Range(0, 120).Select(i => new { i }));
        var html = frame.ToDisplayString(Html);
        Assert.Multiple(() =>
        {
            Assert.That(html.Split("<tr>").Length - 1, Is.EqualTo(1 + FrameHtml.HeadRows + 1), "the header, 50 rows, and the count of the rest");
            Assert.That(html, Does.Contain("… 70 more rows"));
        });
    }
}
