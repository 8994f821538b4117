using System.Text.Json;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// The FSharp.Core that the pinned .NET Interactive kernel loads before any notebook cell runs,
/// found where <c>dotnet tool restore</c> puts the kernel: the NuGet global packages folder
/// (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>).
/// </summary>
internal static class KernelFSharpCore
{
    private const string KernelPackage = "microsoft.dotnet-interactive";

    /// <summary>The kernel version pinned in <c>.config/dotnet-tools.json</c>.</summary>
    public static string KernelVersion { get; } = ReadPinnedVersion();

    /// <summary>Where the kernel's FSharp.Core.dll is once the tool is restored.</summary>
    public static string Location { get; } = Path.Combine(PackagesFolder(), KernelPackage, KernelVersion, "tools", "net10.0", "any", "FSharp.Core.dll");

    /// <summary>Reads the kernel's FSharp.Core; fails the test, naming the fix, when the tool is not restored.</summary>
    public static FSharpCoreSurface Read()
    {
        Assert.That(File.Exists(Location), Is.True,
            $"The FSharp.Core of the .NET Interactive kernel {KernelVersion} is not at {Location}; run `dotnet tool restore` at the repository root.");
        return FSharpCoreSurface.Read(Location);
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string ReadPinnedVersion()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of(".config/dotnet-tools.json")));
        return manifest.RootElement.GetProperty("tools").GetProperty(KernelPackage).GetProperty("version").GetString()!;
    }
}
