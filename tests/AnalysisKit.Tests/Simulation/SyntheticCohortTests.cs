using AnalysisKit.Simulation;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Simulation;

public class SyntheticCohortTests
{
    [Test]
    public void SameSeedGivesSameCohortAndOtherSeedDoesNot()
    {
        var a = SyntheticCohort.Exponential(50, 12, 18, 24, seed: 7);
        var b = SyntheticCohort.Exponential(50, 12, 18, 24, seed: 7);
        var c = SyntheticCohort.Exponential(50, 12, 18, 24, seed: 8);
        Assert.That((a.Time, a.Died), Is.EqualTo((b.Time, b.Died)));
        Assert.That(c.Time, Is.Not.EqualTo(a.Time));
    }

    // Without censoring the KM median of 20000 exponential times with median 12 has a standard
    // error of about 12/√20000 ≈ 0.085 (the sample median of an exponential has SE median/√n);
    // 0.5 is about six SEs.
    [Test]
    public void KaplanMeierMedianRecoversTheTrueMedian()
    {
        var cohort = SyntheticCohort.Exponential(20000, 12, 0, 10000, seed: 1, decimals: 6);
        Assert.That(cohort.Events, Is.EqualTo(20000));
        Assert.That(KaplanMeier.Fit(cohort.Time, cohort.Died).Median.Time, Is.EqualTo(12).Within(0.5));
        Assert.That(cohort.TrueSurvival(12), Is.EqualTo(0.5).Within(1e-15));
    }

    // Accrual 10, follow-up 5: the analysis is 15 after the start, so a patient who entered at e
    // is followed for 15 − e, between 5 and 15.
    [Test]
    public void AdministrativeCensoringFollowsTheDesign()
    {
        var cohort = SyntheticCohort.Exponential(2000, 12, 10, 5, seed: 3);
        Assert.That(cohort.Time.Max(), Is.LessThanOrEqualTo(15));
        Assert.That(cohort.Time.Where((_, i) => !cohort.Died[i]).Min(), Is.GreaterThanOrEqualTo(5));
        Assert.That(cohort.Time.All(t => Math.Round(t, 2) == t));
    }

    [Test]
    public void RejectsNonsense() =>
        Assert.That(() => SyntheticCohort.Exponential(0, 12, 10, 5, seed: 3), Throws.ArgumentException.With.Message.Contains("at least one patient"));
}
