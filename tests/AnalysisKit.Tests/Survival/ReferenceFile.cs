using System.Globalization;
using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Survival;

/// <summary>Reads the committed R reference results (tests/reference/&lt;area&gt;/*.json) and their input CSVs.</summary>
internal static class ReferenceFile
{
    /// <summary>The "cases" array of a reference JSON file.</summary>
    public static IReadOnlyList<JsonElement> Cases(string area, string file)
    {
        using var stream = File.OpenRead(RepositoryPaths.Of($"tests/reference/{area}/{file}"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone()).ToList();
    }

    /// <summary>Path of an input CSV of an area.</summary>
    public static string DataPath(string area, string file) => RepositoryPaths.Of($"tests/reference/{area}/data/{file}");

    /// <summary>
    /// The rows of a CSV with no "NA" in the given columns (R's complete.cases on the columns an
    /// analysis uses), as text cells by column name.
    /// </summary>
    public static Dictionary<string, string[]> CompleteRows(string path, IEnumerable<string> columns)
    {
        var table = CsvTable.Read(path);
        var used = columns.Distinct().ToList();
        var rows = Enumerable.Range(0, table.RowCount)
            .Where(r => used.All(c => table.Cell(r, table.ColumnIndex(c)) != "NA"))
            .ToList();
        return used.ToDictionary(c => c, c => rows.Select(r => table.Cell(r, table.ColumnIndex(c))).ToArray());
    }

    /// <summary>Cells read as numbers (invariant culture).</summary>
    public static double[] Numbers(string[] cells) =>
        cells.Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>0/1 or 1/2 status cells read as events (2 = event under 1/2 coding).</summary>
    public static bool[] Events(string[] cells)
    {
        var eventCode = cells.Contains("2") ? "2" : "1";
        return cells.Select(c => c == eventCode).ToArray();
    }

    /// <summary>A number, or NaN for JSON null.</summary>
    public static double Number(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? double.NaN : element.GetDouble();

    /// <summary>An array of numbers (null entries as NaN).</summary>
    public static double[] NumberArray(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(Number).ToArray() : [Number(element)];

    /// <summary>An array of strings (a lone string as a one-element array, as jsonlite writes length-1 vectors).</summary>
    public static string[] StringArray(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().Select(e => e.GetString()!).ToArray(),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    /// <summary>A string property, or null when it is JSON null.</summary>
    public static string? OptionalString(JsonElement parent, string name) =>
        parent.GetProperty(name).ValueKind == JsonValueKind.Null ? null : parent.GetProperty(name).GetString();
}
