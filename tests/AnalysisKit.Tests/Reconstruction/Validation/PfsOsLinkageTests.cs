using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>PFS–OS linkage statistics of the colon cohorts and their comparison samples, against R (build_validation_trials.R).</summary>
public sealed class PfsOsLinkageTests
{
    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.PfsOsCohorts))]
    public void Linkage_matches_R(string cohort)
    {
        var sets = new Dictionary<string, PfsOsLinkage>
        {
            ["cohort"] = PfsOsLinkage.Of(ValidationTruth.Patients(cohort)),
            ["comparison"] = PfsOsLinkage.Of(ValidationTruth.ComparisonSample(cohort)),
        };
        foreach (var row in ValidationTruth.Rows(cohort, "linkage.csv"))
        {
            var l = sets[row["sample"]];
            double actual = row["statistic"] switch
            {
                "pfs_events" => l.PfsEvents,
                "pfs_events_at_death" => l.PfsEventsAtDeath,
                "death_fraction" => l.DeathFraction,
                "both_events" => l.BothEvents,
                "spearman_both_events" => l.SpearmanBothEvents,
                "progression_then_death" => l.ProgressionThenDeath,
                "median_months_progression_to_death" => l.MedianMonthsProgressionToDeath,
                "pfs_after_os" => l.PfsAfterOs,
                var other => throw new AssertionException($"unknown statistic {other}"),
            };
            Tolerance.AssertClose(actual, ValidationTruth.Number(row["value"]), $"{cohort} {row["sample"]} {row["statistic"]}");
        }
    }

    [Test]
    public void Linkage_by_hand()
    {
        // Patients: progression at 2 then death at 5; death at 3 (PFS event at death); progression at 4, alive at 9;
        // progression at 1 then death at 7; censored for both at 6.
        var patients = new ValidationPatients([],
        [
            new EndpointColumn("pfs", [2, 3, 4, 1, 6], [true, true, true, true, false]),
            new EndpointColumn("os", [5, 3, 9, 7, 6], [true, true, false, true, false]),
        ]);
        var l = PfsOsLinkage.Of(patients);

        Assert.That((l.PfsEvents, l.PfsEventsAtDeath, l.BothEvents, l.ProgressionThenDeath, l.PfsAfterOs), Is.EqualTo((4, 1, 3, 2, 0)));
        Assert.That(l.DeathFraction, Is.EqualTo(0.25));
        Assert.That(l.MedianMonthsProgressionToDeath, Is.EqualTo(4.5));   // gaps 3 and 6
        // Both events: PFS 2, 3, 1 and OS 5, 3, 7 → ranks (2, 3, 1) and (2, 1, 3): ρ = 1 − 6·(0 + 4 + 4)/(3·8) = −1.
        Assert.That(l.SpearmanBothEvents, Is.EqualTo(-1).Within(1e-12));
    }
}
