namespace AnalysisKit.Notebooks.Tests;

/// <summary>Paths of the repository these tests were built from.</summary>
internal static class Repository
{
    /// <summary>The repository root: the nearest ancestor folder holding AnalysisKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root, given with '/' separators.</summary>
    public static string Of(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>A sample notebook of these tests, read where it is committed (its <c>#r</c> paths are relative to it).</summary>
    public static string Sample(string name) => Of($"tests/AnalysisKit.Notebooks.Tests/Samples/{name}.ipynb");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
