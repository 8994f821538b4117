using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// README.md's "Reproduction status" block is the per-trial summary lines of
/// <c>analysis-kit reproduce</c>'s text output, exactly (the ledger recomputed here is the reference).
/// </summary>
public class ReadmeReproductionStatusTests
{
    [Test]
    public void ReadmeStatusBlockEqualsTheReproduceSummaryLines()
    {
        var run = CliRun.Of("reproduce", "--data", RepositoryPaths.Of("data"));
        Assert.That((run.ExitCode, run.Error), Is.EqualTo((0, "")));
        var summary = run.Output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();

        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.IndexOf("\n## Reproduction status\n", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThan(0), "README.md has a Reproduction status section");
        var open = readme.IndexOf("\n```\n", section, StringComparison.Ordinal) + 5;
        var close = readme.IndexOf("\n```\n", open - 1, StringComparison.Ordinal);
        var block = readme[open..close].Split('\n').ToList();

        Assert.That(block, Is.EqualTo(summary));
    }
}
