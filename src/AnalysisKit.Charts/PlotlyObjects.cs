using DynamicObj;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Plotly.NET objects with attributes set by their plotly.js names (see the plotly.js figure
/// reference for the meaning of each).
/// </summary>
public static class PlotlyObjects
{
    /// <summary><paramref name="target"/> with each (plotly.js name, value) pair set; returns <paramref name="target"/>.</summary>
    public static T With<T>(T target, params (string Name, object Value)[] attributes) where T : DynamicObj.DynamicObj
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var (name, value) in attributes) target.SetProperty(name, value);
        return target;
    }

    /// <summary>A <c>scatter</c> trace with the given attributes.</summary>
    public static Trace2D Scatter(params (string Name, object Value)[] attributes) =>
        With(new Trace2D("scatter"), attributes);

    /// <summary>A title object (<c>{"text": text}</c>).</summary>
    public static Title Title(string text) => With(new Title(), ("text", text));

    /// <summary>A linear axis titled <paramref name="title"/>.</summary>
    public static LinearAxis Axis(string title) => With(new LinearAxis(), ("title", Title(title)));

    /// <summary>A nested plotly.js object (marker, line, font, annotation, shape, error bar ...) with the given attributes.</summary>
    public static DynamicObj.DynamicObj Object(params (string Name, object Value)[] attributes) =>
        With(new DynamicObj.DynamicObj(), attributes);

    /// <summary>
    /// A figure of <paramref name="traces"/> (Plotly.NET's default template) with
    /// <paramref name="layout"/>, as wide as its container: Plotly.NET's default fixed width of
    /// 600 pixels is removed, so plotly.js sizes the chart to the page (its config is responsive).
    /// </summary>
    public static GenericChart Figure(IEnumerable<Trace> traces, Layout layout)
    {
        var chart = GenericChart.addLayout(layout, GenericChart.ofTraceObjects(true, traces));
        var combined = GenericChart.getLayout(chart);
        combined.RemoveProperty("width");
        combined.SetProperty("autosize", true);
        return GenericChart.setLayout(combined, chart);
    }
}
