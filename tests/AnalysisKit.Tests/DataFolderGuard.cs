using System.Security.Cryptography;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests;

/// <summary>
/// Records every file of the repository's data/ folder (path and SHA-256) before any test runs
/// and checks after the last one that none was added, removed or changed: only
/// <c>analysis-kit reconstruct</c> writes there, and the tests run it on copies.
/// </summary>
[SetUpFixture]
public sealed class DataFolderGuard
{
    private Dictionary<string, string> _before = [];

    [OneTimeSetUp]
    public void Record() => _before = Snapshot();

    [OneTimeTearDown]
    public void Check()
    {
        var after = Snapshot();
        var changed = _before.Keys.Union(after.Keys)
            .Where(k => !_before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.That(changed, Is.Empty, "files of the repository's data/ folder touched by the tests");
    }

    private static Dictionary<string, string> Snapshot()
    {
        var root = RepositoryPaths.Of("data");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
    }
}
