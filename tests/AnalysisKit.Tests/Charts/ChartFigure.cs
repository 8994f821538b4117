using System.Text.Json;
using AnalysisKit.Charts;
using Plotly.NET;

namespace AnalysisKit.Tests.Charts;

/// <summary>A chart's plotly figure (Plotly.NET's <c>GenericChart.toJson</c>) read back for assertions.</summary>
internal sealed class ChartFigure
{
    private ChartFigure(JsonElement root) => Root = root;

    public static ChartFigure Of(IChartRequest request)
    {
        using var document = JsonDocument.Parse(GenericChart.toJson(request.ToChart()));
        return new ChartFigure(document.RootElement.Clone());
    }

    public JsonElement Root { get; }

    public JsonElement Layout => Root.GetProperty("layout");

    public IReadOnlyList<JsonElement> Traces => Root.GetProperty("data").EnumerateArray().ToList();

    public IReadOnlyList<string> TraceNames => Traces.Select(t => t.TryGetProperty("name", out var n) ? n.GetString()! : "").ToList();

    /// <summary>The one trace named <paramref name="name"/>.</summary>
    public JsonElement Trace(string name)
    {
        var found = Traces.Where(t => t.TryGetProperty("name", out var n) && n.GetString() == name).ToList();
        Assert.That(found, Has.Count.EqualTo(1), $"one trace named '{name}'; the traces are: {string.Join(" | ", TraceNames)}");
        return found[0];
    }

    public bool HasTrace(string name) => TraceNames.Contains(name);

    /// <summary>The texts of the layout's annotations.</summary>
    public IReadOnlyList<string> Annotations =>
        Layout.TryGetProperty("annotations", out var a) ? a.EnumerateArray().Select(x => x.GetProperty("text").GetString()!).ToList() : [];

    /// <summary>A numeric array of a trace or layout object; JSON null reads as NaN.</summary>
    public static double[] Numbers(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? double.NaN : v.GetDouble()).ToArray();

    public static string[] Texts(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();
}
