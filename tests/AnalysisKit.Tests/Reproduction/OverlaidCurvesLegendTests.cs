using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.Reproduction;
using AnalysisKit.Survival;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Tests.Charts;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The cross-trial overlay charts carry a long legend (each trial and a dozen cited medians), so
/// it goes under the chart, off the curves; a chart of a few curves keeps it in the plot's corner.
/// </summary>
public class OverlaidCurvesLegendTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    private static KaplanMeierChartRequest Overlay(string endpoint) =>
        ReportCharts.OverlaidCurves(SurvivalComparison.Compare(CrossTrialCohorts.Of(Catalog, endpoint), ReportCharts.LandmarkMonths), ReferenceFigures.Load(Catalog));

    [TestCase("OS")]
    [TestCase("PFS")]
    public void OverlayLegendIsHorizontalBelowThePlotArea(string endpoint)
    {
        var request = Overlay(endpoint);
        Assert.That(request.Legend, Is.EqualTo(LegendPlacement.BelowChart));
        var layout = ChartFigure.Of(request).Layout;
        var legend = layout.GetProperty("legend");
        Assert.That(legend.GetProperty("orientation").GetString(), Is.EqualTo("h"));
        Assert.That(legend.GetProperty("yref").GetString(), Is.EqualTo("paper"));
        Assert.That(legend.GetProperty("yanchor").GetString(), Is.EqualTo("top"));
        // paper y 0 is the bottom of the number-at-risk panel, the lowest panel: the legend starts under it
        Assert.That(legend.GetProperty("y").GetDouble(), Is.LessThan(0));
        Assert.That(legend.GetProperty("entrywidthmode").GetString(), Is.EqualTo("fraction"));
        Assert.That(legend.GetProperty("entrywidth").GetDouble(), Is.EqualTo(0.5));

        // the bottom margin holds 24 px of gap and one 22 px row per two entries (each trial's curve and each cited median)
        var entries = request.Curves.Length + request.Landmarks.Length;
        var margin = layout.GetProperty("margin");
        Assert.That(margin.GetProperty("b").GetDouble(), Is.EqualTo(30 + 24 + 22 * ((entries + 1) / 2)));
        var plotArea = layout.GetProperty("height").GetDouble() - margin.GetProperty("t").GetDouble() - margin.GetProperty("b").GetDouble();
        Assert.That(-legend.GetProperty("y").GetDouble() * plotArea, Is.EqualTo(24).Within(1e-9));
    }

    [Test]
    public void OsOverlayCarriesTwelveCitedMedians()
    {
        // data/external/reference-figures.csv: the OS medians comparable with os
        Assert.That(Overlay("OS").Landmarks, Has.Length.EqualTo(12));
    }

    [Test]
    public void ChartOfAFewCurvesKeepsTheLegendInsideTheTopRightCorner()
    {
        var curve = KaplanMeier.Fit([1, 2, 3, 4], [true, false, true, false]);
        var request = KaplanMeierChartRequest.From([curve], "", "months");
        Assert.That(request.Legend, Is.EqualTo(LegendPlacement.InsidePlot));
        var legend = ChartFigure.Of(request).Layout.GetProperty("legend");
        Assert.That(legend.TryGetProperty("orientation", out _), Is.False);
        Assert.That((legend.GetProperty("x").GetDouble(), legend.GetProperty("y").GetDouble()), Is.EqualTo((1.0, 1.0)));
    }

    // Drawn by plotly.js in a browser: the legend's box starts below the number-at-risk panel (the
    // bottom of the plot area, figure height minus bottom margin; plotly would grow the margin,
    // moving the panel up, if the reserved rows were too few) and lists every entry.
    [Test]
    public void OsOverlayDrawsWithTheLegendUnderThePlotArea()
    {
        HeadlessChromium.RequireInstalled();
        var request = Overlay("OS");
        var layout = ChartFigure.Of(request).Layout;
        var plotBottom = layout.GetProperty("height").GetDouble() - layout.GetProperty("margin").GetProperty("b").GetDouble();
        var chart = ChartHtml.Fragment(request.ToChart(), PlotlyScript.None);
        var folder = Directory.CreateTempSubdirectory("analysis-kit-legend-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{ChartHtml.ScriptTag()}</head><body style=\"width:1200px\">{chart}</body></html>");
            var (dom, errors) = HeadlessChromium.Load(page);
            Assert.That(errors, Is.Empty);
            Assert.That(Regex.Count(dom, "class=\"main-svg\""), Is.GreaterThanOrEqualTo(1));
            Assert.That(Regex.Count(dom, "class=\"traces\""), Is.EqualTo(request.Curves.Length + request.Landmarks.Length));
            var legend = Regex.Match(dom, "<g class=\"legend\"[^>]*transform=\"translate\\(([-0-9.e]+), ?([-0-9.e]+)\\)\"");
            Assert.That(legend.Success, Is.True, "plotly drew no legend");
            var legendTop = double.Parse(legend.Groups[2].Value, CultureInfo.InvariantCulture);
            Assert.That(legendTop, Is.GreaterThan(plotBottom));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
