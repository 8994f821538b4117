using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// The local tool manifest (<c>.config/dotnet-tools.json</c>) that pins the .NET Interactive
/// kernel, found by walking up from a notebook's folder. The kernel is started from the folder
/// holding <c>.config</c>, so that <c>dotnet tool run</c> picks the pinned version.
/// </summary>
internal sealed record KernelToolManifest(string Root, string Version)
{
    /// <summary>The package id of the kernel as the manifest spells it.</summary>
    public const string PackageId = "microsoft.dotnet-interactive";

    /// <summary>The nearest manifest at or above <paramref name="folder"/> that pins the kernel.</summary>
    /// <exception cref="InvalidOperationException">No folder above holds such a manifest.</exception>
    public static KernelToolManifest FindFrom(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".config", "dotnet-tools.json");
            if (!File.Exists(path)) continue;
            var version = ReadVersion(path);
            if (version is not null) return new KernelToolManifest(dir.FullName, version);
        }
        throw new InvalidOperationException(
            $"No .config/dotnet-tools.json pinning {PackageId} was found at or above {folder}. "
            + "The kernel is a local tool of the repository: run 'dotnet tool restore' at the repository root "
            + "(the folder holding .config/dotnet-tools.json) and run notebooks from inside the repository.");
    }

    private static string? ReadVersion(string path)
    {
        try
        {
            var tools = JsonNode.Parse(File.ReadAllText(path))?["tools"]?.AsObject();
            var kernel = tools?.FirstOrDefault(t => string.Equals(t.Key, PackageId, StringComparison.OrdinalIgnoreCase)).Value;
            return kernel?["version"]?.GetValue<string>();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
