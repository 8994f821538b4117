namespace AnalysisKit.Tests.Support;

/// <summary>Locates files of the repository from the test output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor folder holding AnalysisKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root, given with '/' separators.</summary>
    public static string Of(string relative) =>
        Path.Combine([Root, .. relative.Split('/')]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
