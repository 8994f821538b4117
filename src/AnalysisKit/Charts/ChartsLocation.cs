namespace AnalysisKit.Charts;

/// <summary>
/// Finds the folder holding the chart library, <c>AnalysisKit.Charts.dll</c>, together with
/// Plotly.NET and the FSharp.Core it needs.
/// </summary>
/// <remarks>
/// Places looked at, in order:
/// <list type="number">
/// <item>the folder of the core library, <c>AnalysisKit.dll</c> (a program that references the
/// chart library, such as the <c>analysis-kit</c> command line, has both in its output folder);</item>
/// <item>the chart project's build output in the repository, found by walking up from the core
/// library's folder: <c>src/AnalysisKit.Charts/bin/&lt;Configuration&gt;/net10.0/</c>, trying first
/// the configuration the core library was built in (read from its own
/// <c>bin/&lt;Configuration&gt;/net10.0/</c> folder), then Debug, then Release. This is how a
/// notebook that loaded <c>src/AnalysisKit/bin/Debug/net10.0/AnalysisKit.dll</c> finds the charts;</item>
/// <item>the same repository folders, walking up from the current directory (a notebook kernel
/// runs in the notebook's folder).</item>
/// </list>
/// </remarks>
public static class ChartsLocation
{
    /// <summary>The file name of the chart library.</summary>
    public const string ChartsAssemblyFileName = "AnalysisKit.Charts.dll";

    private const string TargetFramework = "net10.0";

    /// <summary>
    /// The chart library's folder, looked for from this core library's location and the current
    /// directory; throws <see cref="FileNotFoundException"/> naming every place looked at when none holds it.
    /// </summary>
    public static string Find() =>
        Find(typeof(ChartsLocation).Assembly.Location, Directory.GetCurrentDirectory());

    /// <summary>
    /// The first of <see cref="Candidates"/> that holds <see cref="ChartsAssemblyFileName"/>;
    /// throws <see cref="FileNotFoundException"/> naming every place looked at when none does.
    /// </summary>
    /// <param name="coreAssemblyPath">The path of <c>AnalysisKit.dll</c>; may be empty when it was loaded from memory.</param>
    /// <param name="currentDirectory">The current directory.</param>
    public static string Find(string coreAssemblyPath, string currentDirectory)
    {
        var candidates = Candidates(coreAssemblyPath, currentDirectory);
        foreach (var folder in candidates)
        {
            if (File.Exists(Path.Combine(folder, ChartsAssemblyFileName))) return folder;
        }
        throw new FileNotFoundException(
            $"The chart library {ChartsAssemblyFileName} was not found. Build the repository once with 'dotnet build' at its root. Looked in: "
            + string.Join("; ", candidates),
            ChartsAssemblyFileName);
    }

    /// <summary>The folders looked at, in order, without duplicates (see the remarks of <see cref="ChartsLocation"/>).</summary>
    public static IReadOnlyList<string> Candidates(string coreAssemblyPath, string currentDirectory)
    {
        var folders = new List<string>();
        var configurations = new List<string>();
        string? coreFolder = null;
        if (!string.IsNullOrEmpty(coreAssemblyPath))
        {
            coreFolder = Path.GetDirectoryName(Path.GetFullPath(coreAssemblyPath));
            if (coreFolder is not null)
            {
                folders.Add(coreFolder);
                var configuration = BuildConfiguration(coreFolder);
                if (configuration is not null) configurations.Add(configuration);
            }
        }
        configurations.Add("Debug");
        configurations.Add("Release");
        configurations = configurations.Distinct(StringComparer.Ordinal).ToList();

        foreach (var start in new[] { coreFolder, string.IsNullOrEmpty(currentDirectory) ? null : Path.GetFullPath(currentDirectory) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var project = Path.Combine(dir.FullName, "src", "AnalysisKit.Charts");
                if (!Directory.Exists(project)) continue;
                folders.AddRange(configurations.Select(c => Path.Combine(project, "bin", c, TargetFramework)));
                break;
            }
        }
        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    // ".../bin/<Configuration>/<tfm>" gives <Configuration>.
    private static string? BuildConfiguration(string folder)
    {
        var tfm = new DirectoryInfo(folder);
        var configuration = tfm.Parent;
        return configuration?.Parent?.Name == "bin" ? configuration.Name : null;
    }
}
