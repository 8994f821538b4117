using System.Collections.Concurrent;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Each repository notebook run once per test session in the kernel, shared by the tests that look at it.</summary>
internal static class RepositoryRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<ExecutedNotebook>> Runs = new(StringComparer.Ordinal);

    /// <summary>The run of the notebook at <paramref name="path"/>.</summary>
    public static ExecutedNotebook Of(string path) =>
        Runs.GetOrAdd(Path.GetFullPath(path), p => new Lazy<ExecutedNotebook>(() => NotebookRun.Execute(p))).Value;
}
