using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// Which notebooks <c>notebooks run</c> runs and where each one's outputs go (the path without
/// extension). Refuses output folders inside the repository's <c>notebooks/</c> or <c>data/</c>,
/// or holding a notebook being run, and two notebooks that would write the same files.
/// </summary>
internal static class NotebookRunPlan
{
    private static readonly string[] ProtectedFolders = [RepositoryNotebooks.FolderName, "data"];

    public static IReadOnlyList<(string Notebook, string Target)> Create(IReadOnlyList<string> given, string outFolder, string currentFolder)
    {
        var output = Path.GetFullPath(outFolder, currentFolder);
        var plan = given.Count == 0 ? Repository(output, currentFolder) : Named(given, output, currentFolder);
        foreach (var folder in plan.Select(p => Path.GetDirectoryName(Path.GetFullPath(p.Notebook))!).Distinct())
        {
            if (IsAtOrBelow(output, folder))
                throw new UsageException($"--out {outFolder} would write beside or over the notebooks in {folder}; choose a folder outside it.");
        }
        var clash = plan.GroupBy(p => p.Target, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new UsageException($"the notebooks {string.Join(" and ", clash.Select(p => p.Notebook))} would both be written to {clash.Key}.ipynb; run them separately.");
        return plan;
    }

    private static List<(string Notebook, string Target)> Repository(string output, string currentFolder)
    {
        var root = RepositoryNotebooks.FindRoot(currentFolder);
        Guard(output, root);
        var folder = Path.Combine(root, RepositoryNotebooks.FolderName);
        var notebooks = RepositoryNotebooks.All(root);
        if (notebooks.Count == 0)
            throw new UsageException($"there are no notebooks in {folder}.");
        return notebooks
            .Select(n => (n, Path.Combine(output, Path.ChangeExtension(Path.GetRelativePath(folder, n), null))))
            .ToList();
    }

    private static List<(string Notebook, string Target)> Named(IReadOnlyList<string> given, string output, string currentFolder)
    {
        foreach (var notebook in given)
        {
            var path = Path.GetFullPath(notebook, currentFolder);
            if (!File.Exists(path))
                throw new UsageException($"there is no notebook {notebook} (looked for {path}).");
            if (!path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                throw new UsageException($"{notebook} is not a notebook (.ipynb).");
        }
        try
        {
            Guard(output, RepositoryNotebooks.FindRoot(Path.GetDirectoryName(Path.GetFullPath(given[0], currentFolder))!));
        }
        catch (InvalidOperationException)
        {
            // Outside a repository there are no notebooks/ or data/ folders to protect.
        }
        return given
            .Select(n => (n, Path.Combine(output, Path.GetFileNameWithoutExtension(n))))
            .ToList();
    }

    private static void Guard(string output, string root)
    {
        foreach (var name in ProtectedFolders)
        {
            var folder = Path.Combine(root, name);
            if (IsAtOrBelow(output, folder))
                throw new UsageException($"--out must not be inside {folder}; executed notebooks go elsewhere (for example out/notebooks).");
        }
    }

    private static bool IsAtOrBelow(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
