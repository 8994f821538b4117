namespace AnalysisKit.Charts;

/// <summary>
/// The report's chart renderer: each request drawn with Plotly.NET as a fragment that relies on
/// the page's one copy of plotly.js (<see cref="PlotlyScript.None"/>).
/// </summary>
public sealed class PlotlyChartRenderer : IChartRenderer
{
    /// <inheritdoc/>
    public string Render(IChartRequest request) => ChartHtml.Fragment(request.ToChart(), PlotlyScript.None);

    /// <inheritdoc/>
    public string PlotlyScriptTag() => ChartHtml.ScriptTag();
}
