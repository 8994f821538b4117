using AnalysisKit.Charts;

namespace AnalysisKit.Charts;

/// <summary>
/// The chart library's entry point. The core's <c>IsolatedCharts</c> loads this assembly in its
/// own load context and calls these methods by name; arguments and results are strings (or
/// string arrays), so no type crosses between the two contexts.
/// </summary>
public static class ChartEntry
{
    /// <summary>The names of the charts in <see cref="ChartCatalog"/>, in ordinal order.</summary>
    public static string[] ChartNames() => [.. ChartCatalog.Names];

    /// <summary>
    /// The chart <paramref name="chartName"/> drawn from <paramref name="requestJson"/> (its request
    /// record written by <c>ChartRequestJson.Write</c>) as an HTML fragment.
    /// </summary>
    /// <param name="chartName">A name from <see cref="ChartNames"/>.</param>
    /// <param name="requestJson">The chart's request as JSON.</param>
    /// <param name="plotlyScript">The name of a <see cref="PlotlyScript"/> value: "Embedded" or "None".</param>
    public static string Render(string chartName, string requestJson, string plotlyScript)
    {
        if (!Enum.TryParse<PlotlyScript>(plotlyScript, ignoreCase: false, out var script) || !Enum.IsDefined(script))
            throw new ArgumentException($"'{plotlyScript}' is not a way to include plotly.js; use one of {string.Join(", ", Enum.GetNames<PlotlyScript>())}.", nameof(plotlyScript));
        return ChartHtml.Fragment(FigureJson(chartName, requestJson), script);
    }

    /// <summary>The plotly figure (<c>{"data", "layout", "config"}</c>) of the chart as JSON.</summary>
    public static string FigureJson(string chartName, string requestJson) =>
        Plotly.NET.GenericChart.toJson(ChartCatalog.Create(chartName, requestJson));

    /// <summary>A <c>&lt;script&gt;</c> element holding plotly.js, for a page to include once.</summary>
    public static string PlotlyScriptTag() => ChartHtml.ScriptTag();
}
