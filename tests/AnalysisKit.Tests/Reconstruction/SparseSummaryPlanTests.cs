using AnalysisKit.Reconstruction;
using AnalysisKit.Reconstruction.SparseSummaries;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The sparse-summary engine on each abstract-only trial's committed <c>reconstruction-plan.json</c>:
/// the plan's numbers read from the printed claims, and the engine's patients and report equal to
/// the committed <c>ipd.csv</c> and <c>reconstruction.json</c> (run in memory; nothing is written).
/// </summary>
public class SparseSummaryPlanTests
{
    [TestCase("chow2014", "chow2014: 29 synthetic patients; 5 of 5 printed numbers reproduced, 0 differ, 0 not reproducible.")]
    [TestCase("chen2014", "chen2014: 40 synthetic patients; 4 of 4 printed numbers reproduced, 0 differ, 0 not reproducible.")]
    [TestCase("kim2020", "kim2020: 47 synthetic patients; 3 of 5 printed numbers reproduced, 0 differ, 2 not reproducible.")]
    [TestCase("park2012", "park2012: 50 synthetic patients; 10 of 12 printed numbers reproduced, 2 differ, 0 not reproducible.")]
    public void ThePlanRebuildsTheCommittedPatientsAndReport(string trialId, string summary)
    {
        var catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
        var reconstruction = TrialReconstructions.For(catalog.FolderOf(trialId));
        Assert.That(reconstruction, Is.TypeOf<SparseSummaryReconstruction>(), "a folder with a plan gets the sparse-summary engine");
        var result = (SparseReconstructedTrial)reconstruction!.Run(catalog.Load(trialId));
        Assert.That(result.Summary, Is.EqualTo(summary));
        Assert.That(result.Cohort.ToCsv(), Is.EqualTo(File.ReadAllText(RepositoryPaths.Of($"data/trials/{trialId}/ipd.csv"))));
        Assert.That(result.ToJson(), Is.EqualTo(File.ReadAllText(RepositoryPaths.Of($"data/trials/{trialId}/reconstruction.json"))));
    }

    [Test]
    public void Chow2014StageSizesComeFromThePrintedPercentagesAndTheStageMediansAreKnots()
    {
        var plan = SparseSummaryReconstruction.Plan(TrialCatalog.OpenRepository().Load("chow2014"));
        Assert.That(plan.Assumptions[0], Does.StartWith("Stage sizes 11 (B) and 18 (C) are the printed percentages (38%, 62%) of the 29 treated patients"));
        var start = plan.Axes.ToDictionary(a => a.Name, a => a.Start);
        var cohort = plan.Build(start);
        Assert.That(cohort.Members("BCLC", "Stage B"), Is.EqualTo(Enumerable.Range(0, 11).ToArray()));
        Assert.That(cohort.Members("BCLC", "Stage C"), Has.Length.EqualTo(18));
        var curves = plan.Describe(start).Curves;
        Assert.That(curves.Select(c => (c.Patients, c.Count, c.Survival.Knots.Single())),
            Is.EqualTo(new[] { ("BCLC = Stage B", 11, (20.3, 0.5)), ("BCLC = Stage C", 18, (8.6, 0.5)) }));
        Assert.That(plan.Columns[0].Value, Is.EqualTo("synthetic patient number, 1 to 29"));
    }

    [Test]
    public void Chen2014InFieldProgressionIsCensoredByDeathAndPairedByItsOwnShuffle()
    {
        var plan = SparseSummaryReconstruction.Plan(TrialCatalog.OpenRepository().Load("chen2014"));
        var start = plan.Axes.ToDictionary(a => a.Name, a => a.Start);
        var cohort = plan.Build(start);
        for (var i = 0; i < cohort.Count; i++)
        {
            Assert.That(cohort.Months("infield_pfs", i), Is.LessThanOrEqualTo(cohort.Months("os", i)), $"patient {i + 1}");
            if (cohort.Event("os", i) && cohort.Months("infield_pfs", i) == cohort.Months("os", i))
                Assert.That(cohort.Event("infield_pfs", i), Is.False, $"patient {i + 1}: a death censors in-field progression");
        }
        Assert.That(plan.Describe(start).Censoring, Does.Contain("seed 20140401 + censoring_order").And.Contain("seed 20141401 + progression_order"));
        Assert.That(plan.Describe(start).Curves.Select(c => c.Survival.Knots.Single()), Is.EqualTo(new[] { (24.0, 0.32), (24.0, 0.39) }));
    }

    [Test]
    public void Kim2020DeclinesTheSubgroupAndPairsProgressionBeforeDeath()
    {
        var plan = SparseSummaryReconstruction.Plan(TrialCatalog.OpenRepository().Load("kim2020"));
        Assert.That(plan.Targets.Count(t => t.NotReproducibleReason is not null), Is.EqualTo(2));
        var cohort = plan.Build(plan.Axes.ToDictionary(a => a.Name, a => a.Start));
        for (var i = 0; i < cohort.Count; i++)
            Assert.That(cohort.Months("pfs", i), Is.LessThanOrEqualTo(cohort.Months("os", i)), $"patient {i + 1}");
    }

    [Test]
    public void Park2012ExitsStagePatternAndSearchedLevelsFollowThePlan()
    {
        var plan = SparseSummaryReconstruction.Plan(TrialCatalog.OpenRepository().Load("park2012"));
        var start = plan.Axes.ToDictionary(a => a.Name, a => a.Start);
        var cohort = plan.Build(start);
        // Start: stage C from rank 0 every 3rd patient; exits at 2, 3.5 and 5 months, none dying.
        Assert.That(cohort.Members("BCLC", "Stage C"), Is.EqualTo(new[] { 0, 3, 6, 9, 12, 15, 18, 21, 24 }));
        Assert.That(Enumerable.Range(47, 3).Select(i => (cohort.Months("ttp", i), cohort.Event("ttp", i), cohort.Event("pfs", i))),
            Is.EqualTo(new[] { (2.0, false, false), (3.5, false, false), (5.0, false, false) }));
        var model = plan.Describe(start);
        var knots = model.Curves.Single().Survival.Knots;
        Assert.That(knots.Select(k => k.Time), Is.EqualTo(new[] { 4.8, 7.1, 7.5 }));
        Assert.That(knots.Select(k => k.Survival), Is.EqualTo(new[] { 1 - 18.5 / 50, 0.5, 1 - 33.5 / 50 }).Within(1e-15));
        Assert.That(model.Curves.Single().Survival.TailHazard, Is.EqualTo(-Math.Log(1 - 33.5 / 50) / 7.5).Within(1e-15));
        Assert.That(model.Censoring, Does.Contain("over [7.8, 22] months (14.2 months of accrual)").And.Contain("3 patients (50 - 30 completed - 17 stopped for progression)"));
        Assert.That(model.Parameters.Single(p => p.Key == "exit_months").Value, Is.EqualTo("2, 3.5, 5"));
        Assert.That(model.Parameters.Single(p => p.Key == "stage_c_patients").Value, Is.EqualTo("1, 4, 7, 10, 13, 16, 19, 22, 25"));
    }
}
