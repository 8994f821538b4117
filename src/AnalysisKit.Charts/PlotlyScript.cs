namespace AnalysisKit.Charts;

/// <summary>
/// How a chart's HTML gets plotly.js, the script that draws it. The kit never loads plotly.js
/// from the internet: it is embedded from the Plotly.NET assembly, so charts draw offline.
/// </summary>
public enum PlotlyScript
{
    /// <summary>
    /// The fragment carries plotly.js (about 3.6 MB) and runs it only when the page has no
    /// <c>window.Plotly</c> yet, so it draws on its own. A notebook's first chart is written so.
    /// </summary>
    Embedded,

    /// <summary>
    /// The fragment carries only its figure and draws as soon as the page has
    /// <c>window.Plotly</c>: at once in a page whose head includes <see cref="ChartHtml.ScriptTag"/>
    /// (a report), or once an earlier output has run plotly.js (a notebook's later charts). If
    /// plotly.js never arrives, the chart says so in place of the drawing.
    /// </summary>
    None,
}
