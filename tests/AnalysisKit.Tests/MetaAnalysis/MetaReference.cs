using System.Text.Json;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.MetaAnalysis;

/// <summary>
/// The committed metafor results (tests/reference/meta/meta-reference.json, written by
/// meta-reference.R with metafor 3.8-1) and the comparison rule every meta-analysis test uses:
/// 1e-6 relative, with an absolute floor of 1e-10 for values that are (nearly) 0. metafor's NA,
/// Inf and NaN are stored as JSON null and must be not finite here too.
/// </summary>
internal static class MetaReference
{
    public const double Relative = 1e-6;
    public const double AbsoluteFloor = 1e-10;

    public static IReadOnlyList<JsonElement> Datasets { get; } = Load();

    private static IReadOnlyList<JsonElement> Load()
    {
        var text = File.ReadAllText(RepositoryPaths.Of("tests/reference/meta/meta-reference.json"));
        using var json = JsonDocument.Parse(text);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static JsonElement Dataset(string name) => Datasets.Single(d => d.GetProperty("name").GetString() == name);

    public static double[] Numbers(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(Value).ToArray();

    public static double Value(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? double.NaN : element.GetDouble();

    public static void Close(double actual, JsonElement expected, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.That(double.IsFinite(actual), Is.False, $"{what}: R gives NA/Inf, the kit gives {actual}");
            return;
        }
        Close(actual, expected.GetDouble(), what);
    }

    public static void Close(double actual, double expected, string what)
    {
        var tolerance = Math.Max(Relative * Math.Abs(expected), AbsoluteFloor);
        Assert.That(actual, Is.EqualTo(expected).Within(tolerance), what);
    }
}
