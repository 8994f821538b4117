using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>
/// The trials found under a data folder: every sub-folder of <c>&lt;dataRoot&gt;/trials/</c>
/// holding a <c>trial.json</c>. Like one loader per data set, each trial is loaded on request
/// and validated as it loads.
/// </summary>
public sealed class TrialCatalog
{
    /// <summary>Name of the folder, under the data root, that holds one folder per trial.</summary>
    public const string TrialsFolder = "trials";

    private TrialCatalog(string dataRoot, IReadOnlyList<string> ids)
    {
        DataRoot = dataRoot;
        Ids = ids;
    }

    /// <summary>The data folder (the repository's <c>data/</c>).</summary>
    public string DataRoot { get; }

    /// <summary>Identifiers of the trials found, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Lists the trials under <paramref name="dataRoot"/>; throws <see cref="DataFileException"/> when it has no <c>trials</c> folder.</summary>
    public static TrialCatalog Open(string dataRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        var trials = Path.Combine(dataRoot, TrialsFolder);
        if (!Directory.Exists(trials))
            throw new DataFileException(dataRoot, 0, null, $"there is no '{TrialsFolder}' folder here; the data folder holds trials/<id>/trial.json.");
        var ids = Directory.EnumerateDirectories(trials)
            .Where(d => File.Exists(Path.Combine(d, TrialJson.FileName)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        return new TrialCatalog(dataRoot, ids);
    }

    /// <summary>Opens the repository's data folder (see <see cref="FindDataRoot"/>).</summary>
    public static TrialCatalog OpenRepository(string? start = null) => Open(FindDataRoot(start));

    /// <summary>
    /// The repository's <c>data/</c> folder: the nearest folder named <c>data</c> holding a
    /// <c>trials</c> folder, found in <paramref name="start"/> (default: the application's base
    /// folder, then the current folder) or any folder above it.
    /// </summary>
    public static string FindDataRoot(string? start = null)
    {
        var starts = start is not null ? [start] : new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() };
        foreach (var from in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(from)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (Directory.Exists(Path.Combine(candidate, TrialsFolder))) return candidate;
            }
        }
        throw new DataFileException(starts[0], 0, null, "no data/trials folder was found in this folder or above it.");
    }

    /// <summary>The folder of a trial; throws <see cref="ArgumentException"/> listing the known ids when unknown.</summary>
    public string FolderOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!Ids.Contains(id, StringComparer.Ordinal))
            throw new ArgumentException($"there is no trial '{id}'; the known trials are: {string.Join(", ", Ids)}.", nameof(id));
        return Path.Combine(DataRoot, TrialsFolder, id);
    }

    /// <summary>Loads and validates one trial; throws <see cref="ArgumentException"/> listing the known ids when unknown.</summary>
    public Trial Load(string id) => Trial.Load(FolderOf(id));

    /// <summary>Loads every trial, in <see cref="Ids"/> order.</summary>
    public IReadOnlyList<Trial> LoadAll() => Ids.Select(Load).ToList();
}
