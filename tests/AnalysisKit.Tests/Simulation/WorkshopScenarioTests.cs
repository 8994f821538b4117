using AnalysisKit.Reconstruction;
using AnalysisKit.Simulation;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Simulation;

/// <summary>
/// The synthetic data sets of the workshop notebooks, held to what the notebooks' text says
/// about them, so that the narrative cannot drift from the numbers the cells show.
/// </summary>
public class WorkshopScenarioTests
{
    // workshop-2: 4 synthetic patients (median 4, seed 10) against 30 (median 11, seed 110).
    // The text says the subgroup is "significant" and that one changed outcome undoes it;
    // checked here by trying every single change, independently of the greedy search.
    [Test]
    public void FragileSubgroupNeedsOneChangedOutcome()
    {
        var subgroup = SyntheticCohort.Exponential(4, 4, 24, 12, seed: 10);
        var others = SyntheticCohort.Exponential(30, 11, 24, 12, seed: 110);
        double[] time = [.. subgroup.Time, .. others.Time];
        bool[] died = [.. subgroup.Died, .. others.Died];
        string[] group = [.. Enumerable.Repeat("subgroup", 4), .. Enumerable.Repeat("others", 30)];

        Assert.That(LogRankTest.Compute(time, died, group).P, Is.LessThan(0.05));
        var singleChangeCrosses = Enumerable.Range(0, time.Length).Any(i =>
        {
            var changed = (bool[])died.Clone();
            changed[i] = !changed[i];
            return LogRankTest.Compute(time, changed, group).P >= 0.05;
        });
        Assert.That(singleChangeCrosses, Is.True);
        Assert.That(LogRankFragility.Compute(time, died, group).Changes, Has.Count.EqualTo(1));
    }

    // workshop-3: 120 synthetic patients, seed 2026. The text explains the failed reconstruction
    // by one death at 5.99 months read as 6.0, on the 6-month at-risk time; read to 0.01 month
    // the reconstruction converges.
    [Test]
    public void ReconstructionConflictComesFromOneDeathJustBeforeSixMonths()
    {
        var cohort = SyntheticCohort.Exponential(120, 12, 18, 24, seed: 2026);
        var truth = KaplanMeier.Fit(cohort.Time, cohort.Died);
        double[] atRiskTimes = [0, 6, 12, 18, 24, 30, 36];

        var deathsJustBefore = Enumerable.Range(0, cohort.Count)
            .Where(i => cohort.Died[i] && atRiskTimes.Any(a => cohort.Time[i] < a && Math.Round(cohort.Time[i], 1, MidpointRounding.AwayFromZero) >= a))
            .Select(i => cohort.Time[i]);
        Assert.That(deathsJustBefore, Is.EqualTo(new[] { 5.99 }));

        var coarse = PublishedFigure.Read(truth, atRiskTimes);
        Assert.That(GuyotReconstruction.Reconstruct(coarse.Curve, coarse.AtRisk, coarse.TotalEvents).Converged, Is.False);
        var precise = PublishedFigure.Read(truth, atRiskTimes, timeDecimals: 2);
        Assert.That(GuyotReconstruction.Reconstruct(precise.Curve, precise.AtRisk, precise.TotalEvents).Converged, Is.True);
    }
}
