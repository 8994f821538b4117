namespace AnalysisKit.Charts;

/// <summary>
/// Draws chart requests as HTML for a page that includes plotly.js once, such as the HTML
/// report. The chart library's <c>PlotlyChartRenderer</c> implements it; the core depends only on
/// this interface, so it carries no reference to Plotly.NET or F#.
/// </summary>
public interface IChartRenderer
{
    /// <summary>
    /// The chart of <paramref name="request"/> as an HTML fragment that carries no plotly.js and
    /// draws once the page's <see cref="PlotlyScriptTag"/> has run. Throws
    /// <see cref="ArgumentException"/> when the request's data cannot be drawn.
    /// </summary>
    string Render(IChartRequest request);

    /// <summary>A <c>&lt;script&gt;</c> element holding plotly.js, to put once in the page's head.</summary>
    string PlotlyScriptTag();
}
