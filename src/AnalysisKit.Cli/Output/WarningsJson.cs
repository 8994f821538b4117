namespace AnalysisKit.Cli.Output;

/// <summary>The <c>"warnings": [...]</c> array that km, logrank and cox JSON end with (cli-json.md): strings, empty when none.</summary>
internal static class WarningsJson
{
    public static void Write(JsonDocumentWriter writer, IReadOnlyList<string> warnings)
    {
        writer.Json.WriteStartArray("warnings");
        foreach (var warning in warnings) writer.Json.WriteStringValue(warning);
        writer.Json.WriteEndArray();
    }
}
