using System.Text.Json;

namespace AnalysisKit.Tests.Support;

/// <summary>
/// The files of the .NET Interactive kernel pinned in <c>.config/dotnet-tools.json</c>, where
/// <c>dotnet tool restore</c> puts them: the NuGet global packages folder (<c>NUGET_PACKAGES</c>,
/// else <c>~/.nuget/packages</c>).
/// </summary>
internal static class KernelTool
{
    private const string Package = "microsoft.dotnet-interactive";

    /// <summary>The pinned kernel version.</summary>
    public static string Version { get; } = ReadPinnedVersion();

    /// <summary>The folder holding the kernel's assemblies.</summary>
    public static string Folder { get; } = Path.Combine(PackagesFolder(), Package, Version, "tools", "net10.0", "any");

    /// <summary>The path of one of the kernel's files; fails the test, naming the fix, when the tool is not restored.</summary>
    public static string Require(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        Assert.That(File.Exists(path), Is.True,
            $"{fileName} of the .NET Interactive kernel {Version} is not at {path}; run `dotnet tool restore` at the repository root.");
        return path;
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string ReadPinnedVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of(".config/dotnet-tools.json")));
        return manifest.RootElement.GetProperty("tools").GetProperty(Package).GetProperty("version").GetString()!;
    }
}
