using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// The R reference values of tests/reference/km (written by km_reference.R with survival 3.5.3)
/// and the comparison used against them: 1e-6 relative, with an absolute floor of 1e-12 for
/// values that are 0; NA/NaN in R must be NaN in the kit and R's Inf must be +∞.
/// </summary>
internal static class KmReference
{
    public const double RelativeTolerance = 1e-6;
    public const double AbsoluteFloor = 1e-12;

    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/km/km_reference.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<JsonElement> DataSets => Root.GetProperty("datasets").EnumerateArray();

    public static JsonElement DataSet(string name) => DataSets.Single(d => d.GetProperty("name").GetString() == name);

    public static string CsvPath(JsonElement dataSet) =>
        RepositoryPaths.Of("tests/reference/km/" + dataSet.GetProperty("file").GetString());

    public static (double[] Time, bool[] Died, string[]? Group) ReadCsv(JsonElement dataSet)
    {
        var table = CsvTable.Read(CsvPath(dataSet));
        var group = dataSet.GetProperty("grouped").GetBoolean() ? CsvColumnReader.Labels(table, "group") : null;
        return (CsvColumnReader.Times(table, "time"), CsvColumnReader.Events(table, "status"), group);
    }

    public static ConfidenceIntervalType ParseType(string rName) => rName switch
    {
        "log" => ConfidenceIntervalType.Log,
        "log-log" => ConfidenceIntervalType.LogLog,
        "plain" => ConfidenceIntervalType.Plain,
        _ => throw new ArgumentException(rName),
    };

    /// <summary>A number of the reference file; R's NA and NaN (written "NA", "NaN") are NaN, "Inf" is +∞.</summary>
    public static double Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString() switch
        {
            "NA" or "NaN" => double.NaN,
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var other => throw new FormatException($"unexpected value '{other}' in the reference file"),
        },
        _ => throw new FormatException($"unexpected {element.ValueKind} in the reference file"),
    };

    public static double Number(JsonElement parent, string name) => Number(parent.GetProperty(name));

    public static double[] Numbers(JsonElement parent, string name) =>
        parent.GetProperty(name).EnumerateArray().Select(Number).ToArray();

    public static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.That(actual, Is.EqualTo(expected), $"{what}: R gives {expected}");
            return;
        }
        var tolerance = Math.Max(AbsoluteFloor, RelativeTolerance * Math.Abs(expected));
        Assert.That(actual, Is.EqualTo(expected).Within(tolerance), what);
    }

    public static void AssertAllClose(double[] expected, IReadOnlyList<double> actual, string what)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Length), $"{what}: number of values");
        for (var i = 0; i < expected.Length; i++) AssertClose(expected[i], actual[i], $"{what}[{i}]");
    }
}
