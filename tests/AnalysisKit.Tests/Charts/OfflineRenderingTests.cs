using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Charts;

public class OfflineRenderingTests
{
    // A page with plotly.js embedded once and two charts relying on it draws both charts in a
    // browser with no network: each chart leaves one plotly container with its SVG.
    [Test]
    public void TwoChartsOnOnePageDrawWithoutNetwork()
    {
        HeadlessChromium.RequireInstalled();
        var first = ChartHtml.Fragment(new StepLineChartRequest([0, 1, 2, 3], [1, 0.8, 0.5, 0.4]) { Title = "First" }.ToChart(), PlotlyScript.None);
        var second = ChartHtml.Fragment(new StepLineChartRequest([0, 2, 4], [1, 0.6, 0.2]) { Title = "Second" }.ToChart(), PlotlyScript.None);
        var folder = Directory.CreateTempSubdirectory("analysis-kit-offline-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{ChartHtml.ScriptTag()}</head><body>{first}{second}</body></html>");
            Assert.That(NetworkReferences.In(File.ReadAllText(page)), Is.Empty);

            var (dom, errors) = HeadlessChromium.Load(page);
            Assert.That(errors, Is.Empty);
            Assert.That(Regex.Count(dom, "class=\"plot-container plotly\""), Is.EqualTo(2));
            Assert.That(Regex.Count(dom, "class=\"main-svg\""), Is.GreaterThanOrEqualTo(2));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
