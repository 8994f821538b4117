using Newtonsoft.Json;
using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// A chart's figure as JSON (<c>{"data": [...], "layout": {...}, "config": {...}}</c>), the same
/// text as Plotly.NET's <c>GenericChart.toJson</c>: the same object (<c>GenericChart.toChartDTO</c>)
/// serialised by the same Newtonsoft.Json with the same settings, except that the serialiser's
/// reference-loop check compares objects by reference.
/// </summary>
/// <remarks>
/// Newtonsoft.Json checks every object it writes against the objects it is inside of, with
/// <see cref="object.Equals(object)"/> unless given a comparer. Plotly.NET's objects are
/// <c>DynamicObj</c> values whose <c>Equals</c> compares deep structural hashes, so each nested
/// object re-hashes every object around it, the whole layout and its template included. Plotly.NET
/// asks for loops to be serialised (<c>ReferenceLoopHandling.Serialize</c>), so the check decides
/// nothing: which comparer it uses cannot change the text written, only how long it takes.
/// </remarks>
public static class ChartJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
    };

    /// <summary>The figure JSON of <paramref name="chart"/>, as <c>GenericChart.toJson</c> writes it.</summary>
    public static string Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonConvert.SerializeObject(GenericChart.toChartDTO(chart), Settings);
    }
}
