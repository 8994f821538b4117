using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>
/// Reads and checks a trial's <c>trial.json</c> (System.Text.Json, snake-case names). Unknown
/// properties, missing required properties, nulls where a value is required, an unknown layout
/// or kind, and a mismatch between the id and the folder are refused with a
/// <see cref="DataFileException"/> naming the file, the line and the JSON path.
/// </summary>
public static class TrialJson
{
    /// <summary>The file name of a trial's metadata inside its folder.</summary>
    public const string FileName = "trial.json";

    /// <summary>
    /// Reads <paramref name="path"/>. When <paramref name="expectedId"/> is given, the file's
    /// <c>id</c> must equal it (the folder name).
    /// </summary>
    public static TrialMetadata Read(string path, string? expectedId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new DataFileException(path, 0, null, "the file does not exist; every trial folder needs a trial.json.");
        var metadata = StrictJsonFile.Read<TrialMetadata>(path, "the trial metadata", "trial", "; write null where the paper is silent");
        Check(path, metadata, expectedId);
        return metadata;
    }

    private static void Check(string path, TrialMetadata metadata, string? expectedId)
    {
        if (expectedId is not null && !string.Equals(metadata.Id, expectedId, StringComparison.Ordinal))
            throw new DataFileException(path, 0, "$.id", $"the id '{metadata.Id}' differs from the folder name '{expectedId}'.");
        if (metadata.CiTransform is { } transforms)
        {
            foreach (var (name, value) in new[] { ("landmark", transforms.Landmark), ("median", transforms.Median) })
            {
                if (value is not null && !IntervalTransforms.Names.Contains(value, StringComparer.Ordinal))
                    throw new DataFileException(path, 0, "$.ci_transform." + name,
                        $"'{value}' is not an interval transform; use one of {string.Join(", ", IntervalTransforms.Names)} (R's conf.type), or null when the paper does not show it.");
            }
        }
        if (metadata.Files.Count == 0)
            throw new DataFileException(path, 0, "$.files", "no data file is listed.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < metadata.Files.Count; i++)
        {
            var entry = metadata.Files[i];
            var where = $"$.files[{i}]";
            if (entry.File.Length == 0 || entry.File.IndexOfAny(['/', '\\']) >= 0 || !names.Add(entry.File))
                throw new DataFileException(path, 0, where + ".file", $"'{entry.File}' must be a unique file name inside the trial folder.");
            TrialFileLayout layout;
            try
            {
                layout = entry.LayoutKind;
            }
            catch (ArgumentException e)
            {
                throw new DataFileException(path, 0, where + ".layout", e.Message);
            }
            if (layout == TrialFileLayout.Statements && entry.Table is not null)
                throw new DataFileException(path, 0, where + ".table", "a statements file holds Abstract and Results rows; its table must be null.");
            if (layout != TrialFileLayout.Statements && (entry.Table is null || !ClaimId.IsTableName(entry.Table)))
                throw new DataFileException(path, 0, where + ".table", $"a table file needs a table name of the form TableN (got '{entry.Table}').");
            if (layout == TrialFileLayout.SubgroupSurvival && (entry.Endpoint is null || entry.TimeUnit is null))
                throw new DataFileException(path, 0, where, "a subgroup survival table needs its endpoint and time_unit.");
            if (entry.Event is not null && (layout != TrialFileLayout.SubgroupSurvival || !EndpointEvents.Names.Contains(entry.Event, StringComparer.Ordinal)))
                throw new DataFileException(path, 0, where + ".event",
                    layout == TrialFileLayout.SubgroupSurvival
                        ? $"'{entry.Event}' is not an endpoint event; use one of {string.Join(", ", EndpointEvents.Names)}."
                        : "only a subgroup survival table declares what ends its endpoint's time.");
            if (layout == TrialFileLayout.Counts)
            {
                if (entry.Columns is null || entry.Columns.Count == 0)
                    throw new DataFileException(path, 0, where + ".columns", "a counts table must declare its value columns.");
                foreach (var column in entry.Columns)
                {
                    if (!ValueKinds.TryParse(column.Kind, out _))
                        throw new DataFileException(path, 0, where + ".columns", $"the kind '{column.Kind}' of column '{column.Name}' is unknown; use one of: {string.Join(", ", ValueKinds.All)}.");
                }
            }
            else if (entry.Columns is not null)
            {
                throw new DataFileException(path, 0, where + ".columns", "only a counts table declares columns; the other layouts have fixed columns.");
            }
        }
    }

}
