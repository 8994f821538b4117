using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace AnalysisKit.Charts;

/// <summary>
/// Chart HTML that draws offline: a <c>&lt;div&gt;</c> and a script calling
/// <c>Plotly.newPlot</c> with the figure, and plotly.js itself taken from the Plotly.NET
/// assembly (its embedded <c>plotly-&lt;version&gt;.min.js</c>), never from a CDN.
/// </summary>
internal static class ChartHtml
{
    private static readonly Lazy<string> PlotlyJs = new(ReadPlotlyJs);
    private static long _chartCount;

    /// <summary>plotly.js in a <c>&lt;script&gt;</c> element, for a page to include once.</summary>
    public static string ScriptTag() =>
        "<script type=\"text/javascript\" charset=\"utf-8\">\n" + PlotlyJs.Value + "\n</script>";

    /// <summary>
    /// The fragment drawing <paramref name="figureJson"/>. The element id is
    /// <c>analysiskit-chart-</c>, the first 12 hex digits of the SHA-256 of the figure, and a
    /// counter of charts drawn by this process, so ids are stable for the same sequence of
    /// charts and distinct on one page. With <see cref="PlotlyScript.Embedded"/> the fragment
    /// carries plotly.js and runs it only when <c>window.Plotly</c> is not yet defined; it is run
    /// with <c>define</c>, <c>exports</c> and <c>module</c> hidden, so that it sets
    /// <c>window.Plotly</c> even on pages that use RequireJS (classic Jupyter).
    /// </summary>
    public static string Fragment(string figureJson, PlotlyScript script)
    {
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
        else
        {
            sb.Append("if (typeof window.Plotly === \"undefined\") {\n")
              .Append("document.getElementById(\"").Append(id)
              .Append("\").textContent = \"This chart needs plotly.js, which this page does not include.\";\nreturn;\n}\n");
        }
        sb.Append("var figure = ").Append(safeFigure).Append(";\n");
        sb.Append("window.Plotly.newPlot(\"").Append(id).Append("\", figure.data, figure.layout, figure.config);\n");
        sb.Append("})();\n</script>\n</div>");
        return sb.ToString();
    }

    private static string ReadPlotlyJs()
    {
        var plotly = typeof(Plotly.NET.GenericChart).Assembly;
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
