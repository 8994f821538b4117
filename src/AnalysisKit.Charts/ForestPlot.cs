using System.Globalization;
using Plotly.NET;
using static AnalysisKit.Charts.PlotlyObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// The forest plot of a <see cref="ForestPlotRequest"/>, laid out as metafor's <c>forest</c>:
/// studies top to bottom at y = k, k − 1, ..., 1 (their labels and x/n as y tick labels), the
/// pooled diamond at y = −0.25 and the prediction interval at y = −1; each row's numbers
/// ("p [lower, upper]" and the weight) printed in two columns right of the plot; the
/// heterogeneity line, the interval methods and the request's notes under the x axis, which runs from 0 to 1.
/// </summary>
/// <remarks>
/// Traces, in order: the studies' intervals (one <c>lines</c> trace, segments separated by
/// nulls), the studies' squares (area growing with weight), the pooled diamond (a closed,
/// filled polygon through lower, estimate, upper), the prediction interval (a line with end
/// bars). A dotted vertical line marks the pooled estimate.
/// </remarks>
public static class ForestPlot
{
    /// <summary>The y position of the pooled diamond.</summary>
    public const double PooledRow = -0.25;

    /// <summary>The y position of the prediction interval.</summary>
    public const double PredictionRow = -1;

    private const double DiamondHalfHeight = 0.3;

    /// <summary>The chart for <paramref name="request"/>.</summary>
    public static GenericChart Create(ForestPlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        var studies = request.Studies;
        var k = studies.Length;
        var rows = Enumerable.Range(0, k).Select(i => (double)(k - i)).ToArray();

        var ciX = new List<double?>();
        var ciY = new List<double?>();
        for (var i = 0; i < k; i++)
        {
            ciX.AddRange([studies[i].Lower, studies[i].Upper, null]);
            ciY.AddRange([rows[i], rows[i], null]);
        }
        var maxWeight = Math.Max(studies.Max(s => s.Weight), 1e-12);
        var traces = new List<Trace>
        {
            Scatter(("mode", "lines"), ("x", ciX), ("y", ciY), ("line", Object(("color", "black"), ("width", 1.5))),
                ("name", "Study exact CI"), ("showlegend", false), ("hoverinfo", "skip")),
            Scatter(("mode", "markers"), ("x", studies.Select(s => s.Proportion).ToArray()), ("y", rows),
                ("marker", Object(("symbol", "square"), ("color", "rgb(0,114,178)"),
                    ("size", studies.Select(s => 6 + 12 * Math.Sqrt(s.Weight / maxWeight)).ToArray()))),
                ("text", studies.Select(s => Escape(s.Label)).ToArray()),
                ("customdata", studies.Select(s => s.Weight).ToArray()),
                ("name", "Studies"), ("showlegend", false),
                ("hovertemplate", "%{text}<br>p = %{x:.3f}<br>weight %{customdata:.1f}%<extra></extra>")),
            Scatter(("mode", "lines"),
                ("x", new[] { request.PooledLower, request.Pooled, request.PooledUpper, request.Pooled, request.PooledLower }),
                ("y", new[] { PooledRow, PooledRow + DiamondHalfHeight, PooledRow, PooledRow - DiamondHalfHeight, PooledRow }),
                ("fill", "toself"), ("fillcolor", "rgb(40,40,40)"), ("line", Object(("color", "black"), ("width", 1))),
                ("name", Escape(request.PooledLabel)), ("showlegend", false),
                ("hovertemplate", $"{Escape(request.PooledLabel)}<br>{Interval(request.Pooled, request.PooledLower, request.PooledUpper)}<extra></extra>")),
            Scatter(("mode", "lines+markers"),
                ("x", new[] { request.PredictionLower, request.PredictionUpper }), ("y", new[] { PredictionRow, PredictionRow }),
                ("line", Object(("color", "black"), ("width", 1.5), ("dash", "dot"))),
                ("marker", Object(("symbol", "line-ns"), ("size", 12), ("line", Object(("width", 1.5), ("color", "black"))))),
                ("name", Escape(request.PredictionLabel)), ("showlegend", false),
                ("hovertemplate", $"{Escape(request.PredictionLabel)}<br>[{P(request.PredictionLower)}, {P(request.PredictionUpper)}]<extra></extra>")),
        };
        return Figure(traces, ChartLayout(request, rows));
    }

    private static Layout ChartLayout(ForestPlotRequest request, double[] rows)
    {
        var studies = request.Studies;
        var k = studies.Length;
        var tickValues = rows.Concat([PooledRow, PredictionRow]).ToArray();
        var tickText = studies.Select(s => $"{Escape(s.Label)}  ({s.Events}/{s.Patients})")
            .Concat([$"<b>{Escape(request.PooledLabel)}</b>", Escape(request.PredictionLabel)]).ToArray();

        var annotations = new List<object>
        {
            Column($"<b>Proportion [{(request.Level * 100).ToString("0.###", CultureInfo.InvariantCulture)}% CI]</b>", k + 0.9, CiColumn),
            Column("<b>Weight</b>", k + 0.9, WeightColumn),
            Object(("text", "<b>Study (events/patients)</b>"), ("showarrow", false),
                ("xref", "paper"), ("x", 0), ("xanchor", "right"), ("xshift", -8), ("yref", "y"), ("y", k + 0.9)),
        };
        for (var i = 0; i < k; i++)
        {
            annotations.Add(Column(Interval(studies[i].Proportion, studies[i].Lower, studies[i].Upper), rows[i], CiColumn));
            annotations.Add(Column(studies[i].Weight.ToString("F1", CultureInfo.InvariantCulture) + "%", rows[i], WeightColumn));
        }
        annotations.Add(Column("<b>" + Interval(request.Pooled, request.PooledLower, request.PooledUpper) + "</b>", PooledRow, CiColumn));
        annotations.Add(Column("<b>100%</b>", PooledRow, WeightColumn));
        annotations.Add(Column($"[{P(request.PredictionLower)}, {P(request.PredictionUpper)}]", PredictionRow, CiColumn));
        var footer = new[] { request.HeterogeneityLabel, request.MethodNote }.Concat(request.Notes)
            .Where(t => t.Length > 0).SelectMany(t => Wrap(t, FooterLineLength)).Select(Escape).ToList();
        if (footer.Count > 0)
        {
            annotations.Add(Object(("text", string.Join("<br>", footer)), ("showarrow", false), ("align", "left"),
                ("xref", "paper"), ("x", 0), ("xanchor", "left"), ("yref", "paper"), ("y", 0), ("yanchor", "top"), ("yshift", -62),
                ("font", Object(("size", 12)))));
        }

        const double rowPixels = 34;
        var plotHeight = rowPixels * (k + 3.5);
        var bottom = 85 + 17 * Math.Max(footer.Count, 2);
        var layout = With(new Layout(),
            ("height", Math.Round(plotHeight + 80 + bottom)),
            ("margin", Object(("t", 80), ("b", bottom), ("l", 60), ("r", WeightColumn + 80))),
            ("xaxis", Object(("title", Title(request.XAxisTitle)), ("range", new[] { -0.02, 1.02 }), ("dtick", 0.1),
                ("showline", true), ("linecolor", "black"), ("ticks", "outside"), ("zeroline", false), ("showgrid", false))),
            ("yaxis", Object(("tickmode", "array"), ("tickvals", tickValues), ("ticktext", tickText),
                ("range", new[] { PredictionRow - 0.7, k + 1.3 }), ("showgrid", false), ("zeroline", false),
                ("automargin", true), ("ticks", ""), ("fixedrange", true))),
            ("shapes", new[]
            {
                Object(("type", "line"), ("xref", "x"), ("x0", request.Pooled), ("x1", request.Pooled),
                    ("yref", "y"), ("y0", PredictionRow - 0.5), ("y1", k + 0.5), ("line", Object(("color", "rgb(120,120,120)"), ("width", 1), ("dash", "dot")))),
                Object(("type", "line"), ("xref", "paper"), ("x0", 0), ("x1", 1),
                    ("yref", "y"), ("y0", 0.4), ("y1", 0.4), ("line", Object(("color", "rgb(180,180,180)"), ("width", 1)))),
            }),
            ("annotations", annotations),
            ("showlegend", false),
            ("plot_bgcolor", "white"),
            ("hovermode", "closest"));
        if (request.Title.Length > 0) layout.SetProperty("title", With(Title(request.Title), ("x", 0.5), ("xanchor", "center")));
        return layout;
    }

    // Plotly does not wrap text: long notes are broken at spaces so that they fit under a plot
    // about 600 pixels wide (an 800-pixel page).
    private const int FooterLineLength = 90;

    /// <summary><paramref name="text"/> broken at spaces into lines of at most <paramref name="width"/> characters (longer words stay whole).</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append("\u00A0\u00A0\u00A0\u00A0"); // continuation lines indented
            }
            else if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    private const int CiColumn = 12;
    private const int WeightColumn = 190;

    private static object Column(string text, double y, int xShift) =>
        Object(("text", text), ("showarrow", false), ("xref", "paper"), ("x", 1), ("xanchor", "left"), ("xshift", xShift),
            ("yref", "y"), ("y", y), ("align", "left"));

    private static string P(double p) => p.ToString("F3", CultureInfo.InvariantCulture);

    private static string Interval(double estimate, double lower, double upper) => $"{P(estimate)} [{P(lower)}, {P(upper)}]";

    private static string Escape(string text) => KaplanMeierChart.Escape(text);
}
