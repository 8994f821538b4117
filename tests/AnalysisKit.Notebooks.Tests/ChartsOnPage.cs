using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// Checks in headless Chromium that every chart of an HTML page is drawn: each element that a
/// chart script hands to <c>Plotly.newPlot</c> becomes a plotly plot with its SVG, and the page
/// logs no JavaScript error.
/// </summary>
internal static class ChartsOnPage
{
    /// <summary>The ids of the chart elements that <paramref name="html"/> draws into, in page order.</summary>
    public static IReadOnlyList<string> ChartIds(string html) =>
        Regex.Matches(html, "Plotly\\.newPlot\\(\"(?<id>[^\"]+)\"").Select(m => m.Groups["id"].Value).ToList();

    /// <summary>Loads <paramref name="page"/> and asserts that all its charts are drawn; returns how many there are.</summary>
    public static int AssertAllDrawn(string page)
    {
        var ids = ChartIds(File.ReadAllText(page));
        var (dom, errors) = HeadlessChromium.Load(page);
        Assert.That(errors, Is.Empty, $"JavaScript errors on {page}");
        var undrawn = ids.Where(id => !Regex.IsMatch(dom, $"<div id=\"{Regex.Escape(id)}\"[^>]*class=\"[^\"]*js-plotly-plot")).ToList();
        Assert.That(undrawn, Is.Empty, $"charts of {page} that plotly did not draw");
        Assert.That(Regex.Matches(dom, "<svg class=\"main-svg\"").Count, Is.GreaterThanOrEqualTo(ids.Count), "an SVG per chart");
        return ids.Count;
    }
}
