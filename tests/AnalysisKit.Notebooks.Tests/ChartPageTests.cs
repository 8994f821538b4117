using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>An executed notebook's page draws its charts offline in a real browser.</summary>
public class ChartPageTests
{
    [Test]
    public void EveryChartIsDrawnWithoutScriptErrors()
    {
        HeadlessChromium.RequireInstalled();
        var run = SampleRuns.Of("TwoCharts");
        Assert.That(run.Failure, Is.Null, run.Failure?.Message);
        using var folder = new TempFolder();
        var page = folder.File("TwoCharts.html");
        NotebookHtmlPage.Write(run, page);
        var chartDivs = Regex.Matches(File.ReadAllText(page), "Plotly\\.newPlot\\(\"(?<id>[^\"]+)\"")
            .Select(m => m.Groups["id"].Value)
            .ToList();

        var (dom, errors) = HeadlessChromium.Load(page);

        Assert.That(chartDivs, Has.Count.EqualTo(2));
        Assert.That(errors, Is.Empty, "JavaScript errors on the page");
        foreach (var id in chartDivs)
        {
            Assert.That(dom, Does.Match($"<div id=\"{id}\"[^>]*class=\"[^\"]*js-plotly-plot"), $"chart {id} drawn by plotly");
        }
        Assert.That(Regex.Matches(dom, "class=\"[^\"]*js-plotly-plot").Count, Is.EqualTo(chartDivs.Count));
        Assert.That(Regex.Matches(dom, "<svg class=\"main-svg\"").Count, Is.GreaterThanOrEqualTo(chartDivs.Count));
    }
}
