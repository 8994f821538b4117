using System.Text.Json;
using System.Text.Json.Serialization;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Reads a trial's <c>reconstruction-plan.json</c> (System.Text.Json, snake-case names). Bad JSON,
/// unknown properties, missing required properties and nulls where a value is required are
/// refused with a <see cref="DataFileException"/> naming the file, the line and the JSON path.
/// </summary>
internal static class PlanJson
{
    /// <summary>The file name of a sparse-summary plan inside a trial folder.</summary>
    public const string FileName = "reconstruction-plan.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="DataFileException">The file is missing or not a plan.</exception>
    public static PlanFile Read(string path)
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, null, "the file does not exist.");
        try
        {
            return JsonSerializer.Deserialize<PlanFile>(File.ReadAllText(path), Options)
                ?? throw new DataFileException(path, 1, null, "the file holds null instead of the plan object.");
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? checked((int)l) + 1 : 0;
            throw new DataFileException(path, line, e.Path, $"the reconstruction plan is not valid: {JsonSchemaErrors.Explain(e.Message, "plan", "")}");
        }
    }

}
