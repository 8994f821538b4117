namespace AnalysisKit.Charts;

/// <summary>
/// How a chart's HTML gets plotly.js, the script that draws it. The kit never loads plotly.js
/// from the internet: it is embedded from the Plotly.NET assembly, so charts draw offline.
/// </summary>
public enum PlotlyScript
{
    /// <summary>
    /// The default, for notebooks: every chart fragment carries plotly.js (about 3.6 MB) and
    /// runs it only when the page has no <c>window.Plotly</c> yet, so each chart draws on its own
    /// and later charts on the same page reuse the first one's copy.
    /// </summary>
    Embedded,

    /// <summary>
    /// For pages that hold several charts, such as reports: the fragment carries no plotly.js;
    /// the page includes <see cref="IsolatedCharts.PlotlyScriptTag"/> once, before the charts.
    /// </summary>
    None,
}
