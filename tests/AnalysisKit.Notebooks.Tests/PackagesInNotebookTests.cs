namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// A notebook written as a user outside the kit would write it: the documented first cell, then
/// Plotly.NET and Deedle through their own API, in the real kernel.
/// </summary>
public class PackagesInNotebookTests
{
    [Test]
    public void PlotlyNetAndDeedleWorkDirectlyAfterTheFirstCell()
    {
        var run = SampleRuns.Of("PlotlyAndDeedle");
        Assert.That(run.Failure, Is.Null, run.Failure?.Message);

        var chart = Html(run.Cells[2]);
        var frame = Html(run.Cells[3]);
        Assert.Multiple(() =>
        {
            Assert.That(chart, Does.StartWith("<div class=\"analysiskit-chart\">"), "a Plotly.NET chart shows as a chart");
            Assert.That(chart, Does.Contain("plotly.js v2."), "the session's first chart carries plotly.js");
            Assert.That(chart, Does.Contain("\"name\":\"my curve\""));
            Assert.That(chart, Does.Contain("\"text\":\"Months\""), "restyled with Plotly.NET.CSharp");
            Assert.That(frame, Does.StartWith("<table class=\"analysiskit-table\"><caption>2 rows × 3 columns</caption>"), "a filtered Deedle frame shows as a table");
            Assert.That(Text(run.Cells[4]), Does.Contain("16.75"), "3.5 + 9 + 4.25 months, summed by Deedle");
        });
    }

    private static string Html(ExecutedCell cell) => cell.Outputs.Select(o => o.ValueOf("text/html")).Single(v => v is not null)!;

    private static string Text(ExecutedCell cell) => string.Concat(cell.Outputs.SelectMany(o => o.Data).Select(d => d.Value));
}
