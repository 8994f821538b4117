using System.Text.Json;

namespace AnalysisKit.Charts;

/// <summary>
/// The JSON form in which chart requests cross into the chart library: System.Text.Json with
/// its default (PascalCase) property names. Both sides use these methods, so the form is
/// defined once.
/// </summary>
public static class ChartRequestJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General) { WriteIndented = false };

    /// <summary>The request as JSON, written with its runtime type so that every property is kept.</summary>
    public static string Write(IChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonSerializer.Serialize(request, request.GetType(), Options);
    }

    /// <summary>A request of type <typeparamref name="T"/> read back from <see cref="Write"/>'s JSON.</summary>
    public static T Read<T>(string json) where T : IChartRequest
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<T>(json, Options)
            ?? throw new ArgumentException($"The chart request JSON is empty; expected a {typeof(T).Name}.", nameof(json));
    }
}
