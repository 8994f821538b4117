namespace AnalysisKit.Tests.Support;

/// <summary>A temporary copy of the repository's data folder, deleted on dispose.</summary>
internal sealed class TrialDataCopy : IDisposable
{
    private TrialDataCopy(string root) => Root = root;

    /// <summary>The copy's data folder (holding <c>trials/</c>).</summary>
    public string Root { get; }

    /// <summary>Copies the repository's data folder.</summary>
    public static TrialDataCopy Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"), "data");
        Copy(RepositoryPaths.Of("data"), root);
        return new TrialDataCopy(root);
    }

    /// <summary>A copy whose <c>comparison/outcomes.csv</c> holds <paramref name="csv"/>.</summary>
    public static TrialDataCopy WithOutcomes(string csv)
    {
        var copy = Create();
        File.WriteAllText(Path.Combine(copy.Root, "comparison", "outcomes.csv"), csv);
        return copy;
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
