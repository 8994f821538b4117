namespace AnalysisKit.Notebooks;

/// <summary>The notebooks of a repository: every <c>notebooks/**/*.ipynb</c> below its root.</summary>
public static class RepositoryNotebooks
{
    /// <summary>The folder under the repository root that holds the notebooks.</summary>
    public const string FolderName = "notebooks";

    /// <summary>
    /// The repository root: the nearest folder at or above <paramref name="startFolder"/> that holds
    /// both a <c>notebooks</c> folder and the tool manifest <c>.config/dotnet-tools.json</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No folder above holds both.</exception>
    public static string FindRoot(string startFolder)
    {
        for (var dir = new DirectoryInfo(startFolder); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, FolderName))
                && File.Exists(Path.Combine(dir.FullName, ".config", "dotnet-tools.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException(
            $"No repository (a folder holding {FolderName}/ and .config/dotnet-tools.json) was found at or above {startFolder}; "
            + "run from inside the repository or name the notebooks to run.");
    }

    /// <summary>
    /// Every <c>.ipynb</c> below <c>&lt;root&gt;/notebooks</c>, in ordinal order of their paths
    /// relative to that folder; Jupyter's <c>.ipynb_checkpoints</c> copies are left out.
    /// </summary>
    public static IReadOnlyList<string> All(string root)
    {
        var folder = Path.Combine(root, FolderName);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.ipynb", SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Contains(".ipynb_checkpoints"))
            .OrderBy(p => Path.GetRelativePath(folder, p).Replace('\\', '/'), StringComparer.Ordinal)
            .ToArray();
    }
}
