using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// Only the chains with the lowest objective after the stages every chain runs go on.
/// Single chains measured apart, before the TTRP order before 12 months was held: after the
/// TTRP and PFS stage, seed 20211 stood at 142.6 and seed 20212 at 98.5 (they ended at 78.5% and
/// 86.0% of the median, CI and landmark cells); seed 20212 is still the one continued.
/// </summary>
public class SubgroupChainSelectionTests
{
    private static Trial Kaseb() => TrialCatalog.OpenRepository(RepositoryPaths.Root).Load("kaseb2021");

    [Test]
    public void TheChainWithTheLowerObjectiveAfterTheFourthStageIsTheOneContinued()
    {
        var search = new SubgroupTableReconstruction { Seed = 20211, Chains = 2, ChainsContinued = 1, Schedule = AnnealingSchedule.Default.WithIterations("everything", 1_000), OrderedEndpoints = ["TTRP"] };
        search.Run(Kaseb());
        Assert.That(search.WinningSeed, Is.EqualTo(20212));
    }

    [TestCase(2, 3)]
    [TestCase(2, 0)]
    [TestCase(0, 1)]
    public void ImpossibleChainCountsAreRejectedBeforeAnySearch(int chains, int continued)
    {
        var search = new SubgroupTableReconstruction { Chains = chains, ChainsContinued = continued };
        var error = Assert.Throws<ArgumentException>(() => search.Run(Kaseb()));
        Assert.That(error!.Message, Does.Contain($"{chains} chains with {continued} continued"));
    }
}
