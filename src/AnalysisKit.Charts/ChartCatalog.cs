using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Every chart the library draws, by name. Adding a chart takes its request record in the core
/// (an <c>IChartRequest</c>), a class here with a static <c>Create(request)</c> returning a
/// <see cref="GenericChart"/>, and one line in <see cref="Builders"/>.
/// </summary>
internal static class ChartCatalog
{
    private static readonly Dictionary<string, Func<string, GenericChart>> Builders = new(StringComparer.Ordinal)
    {
        [StepLineChartRequest.Name] = json => StepLineChart.Create(Read<StepLineChartRequest>(json)),
        [KaplanMeierChartRequest.Name] = json => KaplanMeierChart.Create(Read<KaplanMeierChartRequest>(json)),
        [ForestPlotRequest.Name] = json => ForestPlot.Create(Read<ForestPlotRequest>(json)),
    };

    /// <summary>The registered chart names in ordinal order.</summary>
    public static IEnumerable<string> Names => Builders.Keys.Order(StringComparer.Ordinal);

    /// <summary>The chart <paramref name="chartName"/> built from its JSON request.</summary>
    public static GenericChart Create(string chartName, string requestJson)
    {
        ArgumentNullException.ThrowIfNull(chartName);
        if (!Builders.TryGetValue(chartName, out var build))
            throw new ArgumentException($"There is no chart named '{chartName}'; the charts are: {string.Join(", ", Names)}.", nameof(chartName));
        return build(requestJson);
    }

    private static T Read<T>(string json) where T : IChartRequest
    {
        var request = ChartRequestJson.Read<T>(json);
        request.Validate();
        return request;
    }
}
