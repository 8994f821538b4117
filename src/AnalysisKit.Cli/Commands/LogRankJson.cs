using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The log-rank test as JSON, names and shapes as cli-json.md fixes them for the logrank
/// command: the whole document of <c>logrank</c>, and the same object inside <c>km --group</c>.
/// </summary>
internal static class LogRankJson
{
    /// <summary>The logrank command's document, with its <c>warnings</c>.</summary>
    public static string Write(LogRankResult result, IReadOnlyList<string> warnings)
    {
        using var writer = new JsonDocumentWriter();
        WriteObject(writer, result, warnings);
        return writer.ToText() + "\n";
    }

    /// <summary>
    /// Writes the test as one JSON object at the writer's current position; with
    /// <paramref name="warnings"/> (the logrank command's document) a <c>warnings</c> array ends it,
    /// without (inside km's document, whose own array holds them) there is none.
    /// </summary>
    public static void WriteObject(JsonDocumentWriter writer, LogRankResult result, IReadOnlyList<string>? warnings = null)
    {
        var json = writer.Json;
        json.WriteStartObject();
        writer.Number("rho", result.Rho);
        writer.Number("chisq", result.ChiSquare);
        writer.Integer("df", result.DegreesOfFreedom);
        writer.Number("p", result.P);
        writer.Integer("n_strata", result.StrataCount);
        json.WriteStartArray("groups");
        foreach (var g in result.Groups)
        {
            json.WriteStartObject();
            json.WriteString("group", g.Group);
            writer.Integer("n", g.N);
            writer.Number("observed", g.Observed);
            writer.Number("expected", g.Expected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("variance");
        for (var i = 0; i < result.Groups.Count; i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < result.Groups.Count; j++) writer.Number(result.Variance[i, j]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (warnings is not null) WarningsJson.Write(writer, warnings);
        json.WriteEndObject();
    }
}
