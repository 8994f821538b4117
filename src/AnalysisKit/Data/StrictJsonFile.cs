using System.Text.Json;
using System.Text.Json.Serialization;

namespace AnalysisKit.Data;

/// <summary>
/// Reads the kit's hand-written JSON files (<c>trial.json</c>, reconstruction plans) strictly:
/// snake-case names, no unknown properties, required properties and non-null values enforced, no
/// comments or trailing commas. A file that breaks a rule is refused with a
/// <see cref="DataFileException"/> naming the file, the line and the JSON path.
/// </summary>
internal static class StrictJsonFile
{
    /// <summary>The serializer settings of every such file.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads <paramref name="path"/> as a <typeparamref name="T"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file holds, for messages ("the trial metadata").</param>
    /// <param name="schema">The schema's name for <see cref="JsonSchemaErrors.Explain"/>.</param>
    /// <param name="missingAdvice">Advice appended when a required property is missing.</param>
    /// <exception cref="DataFileException">The file is missing, holds null or breaks a rule.</exception>
    public static T Read<T>(string path, string what, string schema, string missingAdvice) where T : class
    {
        if (!File.Exists(path))
            throw new DataFileException(path, 0, null, "the file does not exist.");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new DataFileException(path, 1, null, $"the file holds null instead of {what} object.");
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? checked((int)l) + 1 : 0;
            throw new DataFileException(path, line, e.Path, $"{what} is not valid: {JsonSchemaErrors.Explain(e.Message, schema, missingAdvice)}");
        }
    }
}
