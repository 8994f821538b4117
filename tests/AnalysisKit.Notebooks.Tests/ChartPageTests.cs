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

        Assert.That(ChartsOnPage.AssertAllDrawn(page), Is.EqualTo(2));
    }
}
