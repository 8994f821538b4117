using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// A step function as a line: one plotly <c>scatter</c> trace in <c>lines</c> mode with
/// <c>line.shape = "hv"</c> (each value holds until the next time, then the line drops), the
/// axes titled from the request.
/// </summary>
/// <remarks>
/// Plotly.NET's F# functions take dozens of optional arguments that C# must spell out, so the
/// kit's charts set plotly attributes by their plotly.js names on Plotly.NET's objects
/// (<see cref="PlotlyObjects"/>); Plotly.NET still writes the figure JSON and supplies plotly.js.
/// </remarks>
public static class StepLineChart
{
    /// <summary>The chart for <paramref name="request"/>.</summary>
    public static GenericChart Create(StepLineChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();

        var trace = PlotlyObjects.Scatter(
            ("mode", "lines"),
            ("x", request.Times),
            ("y", request.Values),
            ("line", PlotlyObjects.With(new Line(), ("shape", "hv"))),
            ("name", request.SeriesName),
            ("showlegend", request.SeriesName.Length > 0));

        var layout = PlotlyObjects.With(new Layout(),
            ("xaxis", PlotlyObjects.Axis(request.XAxisTitle)),
            ("yaxis", PlotlyObjects.Axis(request.YAxisTitle)));
        if (request.Title.Length > 0) layout.SetProperty("title", PlotlyObjects.Title(request.Title));

        return PlotlyObjects.Figure([trace], layout);
    }
}
