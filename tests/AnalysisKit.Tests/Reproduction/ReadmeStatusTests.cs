using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The README's "Reproduction status" block is the summary lines of <c>analysis-kit reproduce</c>
/// on the committed data, verbatim (it must be updated whenever a data change moves a count).
/// </summary>
public class ReadmeStatusTests
{
    [Test]
    public void TheReadmeBlockEqualsTheReproduceSummaryLines()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.IndexOf("\n## Reproduction status\n", StringComparison.Ordinal);
        Assert.That(section, Is.GreaterThan(0), "README has the section");
        var start = readme.IndexOf("```\n", section, StringComparison.Ordinal) + 4;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        var block = readme[start..end].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var run = CliRun.Of("reproduce");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var ledger = ReproductionLedger.Build(TrialCatalog.OpenRepository(RepositoryPaths.Root));
        var summaries = ledger.Trials.Select(ReproductionText.SummaryLine).ToList();
        Assert.That(run.Output.Split('\n').Where(summaries.Contains), Is.EqualTo(summaries), "the command prints the ledger's summary lines");
        Assert.That(block, Is.EqualTo(summaries));
    }
}
