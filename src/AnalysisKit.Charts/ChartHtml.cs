using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Chart HTML that draws offline: a <c>&lt;div&gt;</c> and a script calling
/// <c>Plotly.newPlot</c> with the figure (<see cref="ChartJson"/>, the text of Plotly.NET's <c>GenericChart.toJson</c>), and plotly.js
/// itself taken from the Plotly.NET assembly (its embedded <c>plotly-&lt;version&gt;.min.js</c>),
/// never from a CDN.
/// </summary>
public static class ChartHtml
{
    /// <summary>How long a chart written with <see cref="PlotlyScript.None"/> waits for plotly.js before it says it is missing.</summary>
    public static readonly TimeSpan PlotlyWait = TimeSpan.FromSeconds(60);

    /// <summary>The text a chart shows in place of its drawing when the page never gets plotly.js.</summary>
    public const string MissingPlotlyText =
        "This chart needs plotly.js, which this page does not have. In a notebook, plotly.js comes with the first chart drawn after the notebook's first cell: run the first cell again, then this one.";

    private static readonly Lazy<string> PlotlyJs = new(ReadPlotlyJs);
    private static long _chartCount;

    /// <summary>plotly.js in a <c>&lt;script&gt;</c> element, for a page to include once.</summary>
    public static string ScriptTag() =>
        "<script type=\"text/javascript\" charset=\"utf-8\">\n" + PlotlyJs.Value + "\n</script>";

    /// <summary>
    /// The fragment drawing <paramref name="chart"/>. The element id is <c>analysiskit-chart-</c>,
    /// the first 12 hex digits of the SHA-256 of the figure JSON, and a counter of charts written
    /// by this process, so ids are stable for the same sequence of charts and distinct on one
    /// page. With <see cref="PlotlyScript.Embedded"/> the fragment carries plotly.js and runs it
    /// only when <c>window.Plotly</c> is not yet defined, with <c>define</c>, <c>exports</c> and
    /// <c>module</c> hidden so that it sets <c>window.Plotly</c> even on pages that use RequireJS
    /// (classic Jupyter). With <see cref="PlotlyScript.None"/> it checks for <c>window.Plotly</c>
    /// every 100 ms for up to <see cref="PlotlyWait"/>, then shows <see cref="MissingPlotlyText"/>.
    /// </summary>
    public static string Fragment(GenericChart chart, PlotlyScript script)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (!Enum.IsDefined(script))
            throw new ArgumentException($"'{script}' is not a way to include plotly.js; use one of {string.Join(", ", Enum.GetNames<PlotlyScript>())}.", nameof(script));
        var figureJson = ChartJson.Of(chart);
        var safeFigure = figureJson.Replace("<", "\\u003c", StringComparison.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)))[..12];
        var id = $"analysiskit-chart-{hash}-{Interlocked.Increment(ref _chartCount)}";

        var sb = new StringBuilder(script == PlotlyScript.Embedded ? PlotlyJs.Value.Length + safeFigure.Length + 1024 : safeFigure.Length + 1024);
        sb.Append("<div class=\"analysiskit-chart\">\n");
        sb.Append("<div id=\"").Append(id).Append("\" style=\"width:100%;min-height:450px\"></div>\n");
        sb.Append("<script type=\"text/javascript\">\n(function () {\n");
        if (script == PlotlyScript.Embedded)
        {
            sb.Append("if (typeof window.Plotly === \"undefined\") {\n(function (define, exports, module) {\n")
              .Append(PlotlyJs.Value)
              .Append("\n}).call(window);\n}\n");
        }
        sb.Append("var figure = ").Append(safeFigure).Append(";\n");
        sb.Append("var tries = ").Append((int)(PlotlyWait.TotalMilliseconds / 100)).Append(";\n");
        sb.Append("(function draw() {\n");
        sb.Append("if (typeof window.Plotly !== \"undefined\") { window.Plotly.newPlot(\"").Append(id).Append("\", figure.data, figure.layout, figure.config); return; }\n");
        sb.Append("if (--tries > 0) { setTimeout(draw, 100); return; }\n");
        sb.Append("document.getElementById(\"").Append(id).Append("\").textContent = ").Append(JsString(MissingPlotlyText)).Append(";\n");
        sb.Append("})();\n");
        sb.Append("})();\n</script>\n</div>");
        return sb.ToString();
    }

    /// <summary>A whole HTML page showing <paramref name="chart"/>, with plotly.js in its head: it draws offline, opened from disk.</summary>
    public static string Page(GenericChart chart) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + ScriptTag() + "\n</head>\n<body>\n"
        + Fragment(chart, PlotlyScript.None) + "\n</body>\n</html>\n";

    private static string JsString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string ReadPlotlyJs()
    {
        var plotly = typeof(GenericChart).Assembly;
        var name = plotly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".min.js", StringComparison.Ordinal) && n.Contains("plotly-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .LastOrDefault()
            ?? throw new InvalidOperationException($"{plotly.GetName().Name} carries no plotly.js resource.");
        using var stream = plotly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var source = reader.ReadToEnd();
        // A literal "</script" would end the element early; plotly.js has none, but keep it safe.
        return source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
