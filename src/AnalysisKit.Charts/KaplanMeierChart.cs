using System.Globalization;
using Plotly.NET;
using static AnalysisKit.Charts.PlotlyObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// The Kaplan–Meier chart of a <see cref="KaplanMeierChartRequest"/>, as one plotly figure with
/// two panels sharing the time axis: the survival panel (axes <c>x</c>/<c>y</c>) and, under it,
/// the number-at-risk table (axes <c>x2</c>/<c>y2</c>, <c>x2</c> matching <c>x</c>, so the counts sit
/// under the same times as the curve's ticks, whatever the zoom).
/// </summary>
/// <remarks>
/// Per curve, in this order: when <see cref="KaplanMeierChartRequest.ConfidenceBands"/> is set, the lower band (no line), the upper band filled down to it
/// (<c>fill = "tonexty"</c>, the curve's colour at 20% opacity), the step line (<c>shape = "hv"</c>),
/// the censoring ticks (<c>+</c> markers at (time, S(time))), the median line when the median is
/// reached (dashed, from (0, 0.5) to (median, 0.5) and down to (median, 0)), and the curve's row of
/// the number-at-risk table (text at the request's risk times). Then one marker trace per
/// published landmark, with its interval as an asymmetric error bar. The test label, the band
/// legend, the risk table's counting convention and the synthetic-data note are annotations.
/// The legend sits in the survival panel's top right corner, or with
/// <see cref="LegendPlacement.BelowChart"/> horizontally under the number-at-risk table, in
/// two columns, the figure made taller by the rows it needs.
/// </remarks>
public static class KaplanMeierChart
{
    /// <summary>The chart for <paramref name="request"/>.</summary>
    public static GenericChart Create(KaplanMeierChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        var curves = request.Curves;
        var traces = new List<Trace>();
        for (var i = 0; i < curves.Length; i++) traces.AddRange(CurveTraces(request, curves[i], i));
        var colourOf = curves.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        foreach (var landmark in request.Landmarks) traces.Add(LandmarkTrace(landmark, colourOf));

        return Figure(traces, ChartLayout(request));
    }

    private static IEnumerable<Trace> CurveTraces(KaplanMeierChartRequest request, KaplanMeierChartCurve curve, int index)
    {
        var colour = ChartColours.Line(index);
        if (request.ConfidenceBands)
        {
            yield return Scatter(
                ("mode", "lines"), ("x", curve.Times), ("y", curve.Lower),
                ("line", Object(("shape", "hv"), ("width", 0))),
                ("name", $"{curve.Name}: lower {request.ConfidenceLabel}"),
                ("legendgroup", curve.Name), ("showlegend", false), ("hoverinfo", "skip"));
            yield return Scatter(
                ("mode", "lines"), ("x", curve.Times), ("y", curve.Upper),
                ("line", Object(("shape", "hv"), ("width", 0))),
                ("fill", "tonexty"), ("fillcolor", ChartColours.Rgba(index, 0.2)),
                ("name", $"{curve.Name}: {request.ConfidenceLabel}"),
                ("legendgroup", curve.Name), ("showlegend", false), ("hoverinfo", "skip"));
        }
        yield return Scatter(
            ("mode", "lines"), ("x", curve.Times), ("y", curve.Survival),
            ("line", Object(("shape", "hv"), ("width", 2), ("color", colour))),
            ("name", curve.Name), ("legendgroup", curve.Name), ("showlegend", true),
            ("hovertemplate", $"{Escape(curve.Name)}<br>t = %{{x}}<br>S(t) = %{{y:.3f}}<extra></extra>"));
        yield return Scatter(
            ("mode", "markers"), ("x", curve.CensorTimes), ("y", curve.CensorSurvival),
            ("marker", Object(("symbol", "cross-thin"), ("size", 9), ("color", colour), ("line", Object(("width", 1.5), ("color", colour))))),
            ("name", $"{curve.Name}: censored"), ("legendgroup", curve.Name), ("showlegend", false),
            ("hovertemplate", $"{Escape(curve.Name)}: censored at t = %{{x}}<extra></extra>"));
        if (curve.Median is { } median)
        {
            yield return Scatter(
                ("mode", "lines"), ("x", new[] { 0, median, median }), ("y", new[] { 0.5, 0.5, 0 }),
                ("line", Object(("dash", "dash"), ("width", 1), ("color", colour))),
                ("name", $"{curve.Name}: median {median.ToString("R", CultureInfo.InvariantCulture)}"),
                ("legendgroup", curve.Name), ("showlegend", false),
                ("hovertemplate", $"{Escape(curve.Name)}: median {median.ToString("R", CultureInfo.InvariantCulture)}<extra></extra>"));
        }
        yield return Scatter(
            ("mode", "text"), ("x", request.RiskTimes), ("y", Enumerable.Repeat(curve.Name, request.RiskTimes.Length).ToArray()),
            ("text", curve.AtRisk.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray()),
            ("textfont", Object(("color", colour), ("size", 13))),
            ("xaxis", "x2"), ("yaxis", "y2"), ("cliponaxis", false),
            ("name", $"{curve.Name}: number at risk"), ("legendgroup", curve.Name), ("showlegend", false),
            ("hovertemplate", $"{Escape(curve.Name)}: %{{text}} at risk at t = %{{x}}<extra></extra>"));
    }

    private static Trace LandmarkTrace(PublishedLandmark landmark, IReadOnlyDictionary<string, int> colourOf)
    {
        var colour = colourOf.TryGetValue(landmark.CurveName, out var index) ? ChartColours.Line(index) : "rgba(0,0,0,1)";
        var trace = Scatter(
            ("mode", "markers"), ("x", new[] { landmark.Time }), ("y", new[] { landmark.Survival }),
            ("marker", Object(("symbol", "diamond-open"), ("size", 11), ("color", colour), ("line", Object(("width", 2), ("color", colour))))),
            ("name", landmark.Label), ("showlegend", true),
            ("hovertemplate", $"{Escape(landmark.Label)}<br>t = %{{x}}<br>S = %{{y:.3f}}<extra></extra>"));
        if (landmark.Lower is not null || landmark.Upper is not null)
        {
            trace.SetProperty("error_y", Object(
                ("type", "data"), ("symmetric", false), ("visible", true),
                ("array", new[] { (landmark.Upper ?? landmark.Survival) - landmark.Survival }),
                ("arrayminus", new[] { landmark.Survival - (landmark.Lower ?? landmark.Survival) }),
                ("color", colour), ("thickness", 2), ("width", 6)));
        }
        return trace;
    }

    private const int Bottom = 30;

    // A legend below the chart: the space between the number-at-risk table and its first row,
    // and the height of one row of two entries.
    private const double LegendGapPixels = 24;
    private const double LegendRowPixels = 22;

    private static Layout ChartLayout(KaplanMeierChartRequest request)
    {
        var k = request.Curves.Length;
        const double rowPixels = 26;
        const double plotPixels = 430;
        var tablePixels = rowPixels * k + 12;
        const double gapPixels = 110; // tick labels, axis title and the table's heading between the panels
        var height = plotPixels + gapPixels + tablePixels;
        var top = request.Synthetic ? 110 : 70;
        var below = request.Legend == LegendPlacement.BelowChart;
        var legendEntries = request.Curves.Length + request.Landmarks.Length;
        var legendPixels = below ? LegendGapPixels + LegendRowPixels * ((legendEntries + 1) / 2) : 0;
        var tableTop = tablePixels / height;
        var plotBottom = (tablePixels + gapPixels) / height;

        var maxTime = Math.Max(request.RiskTimes[^1], request.Curves.Max(c => Math.Max(c.Times[^1], c.Median ?? 0)));
        maxTime = Math.Max(maxTime, request.Landmarks.Select(l => l.Time).DefaultIfEmpty(0).Max());
        var pad = maxTime > 0 ? maxTime * 0.03 : 1;
        var range = new[] { -pad, maxTime + pad };

        var annotations = new List<object>
        {
            Object(("text", $"<b>{Escape(KaplanMeierChartRequest.AtRiskConvention)}</b>"), ("showarrow", false),
                ("xref", "paper"), ("x", 0), ("xanchor", "left"),
                ("yref", "paper"), ("y", tableTop), ("yanchor", "bottom"), ("yshift", 6),
                ("font", Object(("size", 12)))),
        };
        var notes = new List<string>();
        if (request.TestLabel.Length > 0) notes.Add(Escape(request.TestLabel));
        if (request.ConfidenceBands) notes.Add($"Shaded: pointwise {Escape(request.ConfidenceLabel)}");
        if (request.Curves.Any(c => c.CensorTimes.Length > 0)) notes.Add("+ censored");
        if (notes.Count > 0)
        {
            annotations.Add(Object(("text", string.Join("<br>", notes)), ("showarrow", false), ("align", "left"),
                ("xref", "x domain"), ("x", 0.01), ("xanchor", "left"),
                ("yref", "y domain"), ("y", 0.01), ("yanchor", "bottom"),
                ("bgcolor", "rgba(255,255,255,0.8)"), ("font", Object(("size", 13)))));
        }
        if (request.Synthetic)
        {
            annotations.Add(Object(("text", Escape(request.SyntheticNote)), ("showarrow", false),
                ("xref", "paper"), ("x", 0.5), ("xanchor", "center"),
                ("yref", "paper"), ("y", 1), ("yanchor", "bottom"), ("yshift", 8),
                ("font", Object(("size", 13), ("color", "rgb(170,0,0)"))),
                ("bordercolor", "rgb(170,0,0)"), ("borderwidth", 1), ("borderpad", 4), ("bgcolor", "rgb(255,245,240)")));
        }

        var layout = With(new Layout(),
            ("height", Math.Round(height + top + Bottom + legendPixels)),
            ("margin", Object(("t", top), ("b", Bottom + legendPixels), ("l", 90), ("r", 30))),
            ("xaxis", Object(("title", Title(request.XAxisTitle)), ("anchor", "y"), ("domain", new[] { 0.0, 1 }),
                ("range", range), ("tickmode", "array"), ("tickvals", request.RiskTimes),
                ("showline", true), ("linecolor", "black"), ("ticks", "outside"), ("zeroline", false))),
            ("yaxis", Object(("title", Title(request.YAxisTitle)), ("anchor", "x"), ("domain", new[] { plotBottom, 1 }),
                ("range", new[] { 0, 1.02 }), ("dtick", 0.2), ("showline", true), ("linecolor", "black"), ("ticks", "outside"), ("zeroline", false))),
            ("xaxis2", Object(("matches", "x"), ("anchor", "y2"), ("domain", new[] { 0.0, 1 }),
                ("showticklabels", false), ("showgrid", false), ("zeroline", false), ("showline", false), ("ticks", ""))),
            ("yaxis2", Object(("anchor", "x2"), ("domain", new[] { 0, tableTop }), ("type", "category"),
                ("categoryorder", "array"), ("categoryarray", request.Curves.Select(c => c.Name).Reverse().ToArray()),
                ("showgrid", false), ("zeroline", false), ("showline", false), ("ticks", ""), ("automargin", true), ("fixedrange", true))),
            ("legend", below
                ? Object(("orientation", "h"), ("x", 0), ("xanchor", "left"), ("y", -LegendGapPixels / height), ("yanchor", "top"), ("yref", "paper"),
                    ("traceorder", "normal"), ("entrywidth", 0.5), ("entrywidthmode", "fraction"),
                    ("bgcolor", "rgba(255,255,255,0)"), ("borderwidth", 0))
                : Object(("x", 1), ("xanchor", "right"), ("y", 1), ("yanchor", "top"), ("yref", "paper"),
                    ("bgcolor", "rgba(255,255,255,0.8)"), ("bordercolor", "rgba(0,0,0,0.2)"), ("borderwidth", 1))),
            ("annotations", annotations),
            ("plot_bgcolor", "white"),
            ("hovermode", "closest"));
        if (request.Title.Length > 0) layout.SetProperty("title", With(Title(request.Title), ("x", 0.5), ("xanchor", "center")));
        return layout;
    }

    // Plotly renders a subset of HTML in text; keep the caller's text literal.
    internal static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
