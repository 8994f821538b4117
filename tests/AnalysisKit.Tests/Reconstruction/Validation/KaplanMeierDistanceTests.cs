using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>The whole-cohort curves of the validation truth and their sup-distance, against R (build_validation_trials.R).</summary>
public sealed class KaplanMeierDistanceTests
{
    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Monthly_curve_of_the_true_patients_matches_R(string cohort)
    {
        var patients = ValidationTruth.Patients(cohort);
        foreach (var group in ValidationTruth.Rows(cohort, "km.csv").GroupBy(r => r["endpoint"]))
        {
            var column = patients.Endpoint(group.Key);
            var rows = group.ToList();
            var at = KaplanMeier.Fit(column.Months, column.Events).SurvivalAt(rows.Select(r => ValidationTruth.Number(r["month"])));
            Assert.That(at, Has.Count.EqualTo(rows.Count), $"{cohort} {group.Key}: months");
            for (var i = 0; i < rows.Count; i++)
            {
                var what = $"{cohort} {group.Key} month {rows[i]["month"]}";
                Assert.That(at[i].NRisk, Is.EqualTo(int.Parse(rows[i]["n_risk"])), what + " at risk");
                Tolerance.AssertClose(at[i].Survival, ValidationTruth.Number(rows[i]["surv"]), what + " S");
                Tolerance.AssertClose(at[i].StdErr, ValidationTruth.Number(rows[i]["std_err"]), what + " SE");
                Tolerance.AssertClose(at[i].Lower, ValidationTruth.Number(rows[i]["lower"]), what + " lower");
                Tolerance.AssertClose(at[i].Upper, ValidationTruth.Number(rows[i]["upper"]), what + " upper");
            }
        }
    }

    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Sup_distance_to_the_comparison_sample_matches_R(string cohort)
    {
        var truth = ValidationTruth.Patients(cohort);
        var sample = ValidationTruth.ComparisonSample(cohort);
        var reference = ValidationTruth.Rows(cohort, "comparison_scores.csv").ToDictionary(r => r["statistic"], r => ValidationTruth.Number(r["value"]));
        foreach (var endpoint in truth.Endpoints)
        {
            var distance = KaplanMeierDistance.Between(truth, sample, endpoint);
            Tolerance.AssertClose(distance.Distance, reference[$"km_sup_{endpoint}"], $"{cohort} {endpoint}");
            Assert.That(distance.AtMonth, Is.InRange(0, distance.HorizonMonths));
        }
    }

    [Test]
    public void Distance_by_hand_on_a_grid_ending_at_the_shorter_follow_up()
    {
        var truth = Patients([1, 2, 3, 10.5], [true, false, true, true]);
        var shorter = Patients([1, 2, 3, 4.9], [true, false, false, false]);

        Assert.That(KaplanMeierDistance.Between(truth, truth, "os").Distance, Is.EqualTo(0));
        var d = KaplanMeierDistance.Between(truth, shorter, "os");
        Assert.That(d.HorizonMonths, Is.EqualTo(4));
        // S_true: 0.75 from month 1, 0.375 from month 3; S_shorter: 0.75 from month 1 on.
        Assert.That(d.Distance, Is.EqualTo(0.375));
        Assert.That(d.AtMonth, Is.EqualTo(3));
    }

    [Test]
    public void A_missing_endpoint_is_named()
    {
        var truth = Patients([1, 2], [true, false]);
        var error = Assert.Throws<ArgumentException>(() => KaplanMeierDistance.Between(truth, truth, "pfs"));
        Assert.That(error!.Message, Does.Contain("no endpoint 'pfs'").And.Contain("os"));
    }

    private static ValidationPatients Patients(double[] months, bool[] events) =>
        new([new("Sex", months.Select((_, i) => i % 2 == 0 ? "Female" : "Male").ToArray())], [new EndpointColumn("os", months, events)]);
}
