using System.Collections.Concurrent;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Each sample notebook run once per test session in the kernel, shared by the tests that look at it.</summary>
internal static class SampleRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<ExecutedNotebook>> Runs = new(StringComparer.Ordinal);

    /// <summary>The run of <c>Samples/&lt;name&gt;.ipynb</c>.</summary>
    public static ExecutedNotebook Of(string name) =>
        Runs.GetOrAdd(name, n => new Lazy<ExecutedNotebook>(() => NotebookRun.Execute(Repository.Sample(n)))).Value;
}
