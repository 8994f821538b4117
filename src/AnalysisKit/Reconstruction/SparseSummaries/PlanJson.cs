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

    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="DataFileException">The file is missing or not a plan.</exception>
    public static PlanFile Read(string path) => StrictJsonFile.Read<PlanFile>(path, "the reconstruction plan", "plan", "");
}
