using System.Reflection;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Paths of the repository and the configuration these tests were built in.</summary>
internal static class Repository
{
    /// <summary>The repository root: the nearest ancestor folder holding AnalysisKit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly ("Debug" or "Release").</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>A path below the repository root, given with '/' separators.</summary>
    public static string Of(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    /// <summary>The chart library's build output of this configuration.</summary>
    public static string ChartsOutput => Of($"src/AnalysisKit.Charts/bin/{Configuration}/net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
