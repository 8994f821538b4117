using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>Cox hazard ratios of the validation truth and of a real comparison sample, against R's coxph (build_validation_trials.R).</summary>
public sealed class CoxAgreementTests
{
    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Univariable_log_hazard_ratios_match_R(string cohort) =>
        AssertMatches(cohort, "cox_univariable.csv", (t, s, e, v) => CoxAgreement.Univariable(t, s, e, v), univariable: true);

    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Multivariable_log_hazard_ratios_match_R(string cohort) =>
        AssertMatches(cohort, "cox_multivariable.csv", (t, s, e, v) => CoxAgreement.Multivariable(t, s, e, v), univariable: false);

    [Test]
    public void Other_levels_among_the_synthetic_patients_are_refused()
    {
        var truth = Patients(["Female", "Male", "Female", "Male"]);
        var synthetic = Patients(["Female", "Female", "Female", "Female"]);
        var error = Assert.Throws<ArgumentException>(() => CoxAgreement.Univariable(truth, synthetic, "os", ["Sex"]));
        Assert.That(error!.Message, Does.Contain("'Sex' has the levels Female, Male among the true patients but Female"));
    }

    [Test]
    public void A_variable_with_one_level_is_refused()
    {
        var truth = Patients(["Male", "Male", "Male", "Male"]);
        var error = Assert.Throws<ArgumentException>(() => CoxAgreement.Multivariable(truth, truth, "os", ["Sex"]));
        Assert.That(error!.Message, Does.Contain("Every true patient has 'Sex' = 'Male'"));
    }

    [Test]
    public void A_fit_that_does_not_converge_makes_the_largest_difference_NaN()
    {
        // Every woman dies before every man: the likelihood keeps rising as the log HR of men runs to −∞.
        var separated = Patients(["Female", "Female", "Male", "Male"]);
        var mixed = new ValidationPatients([new("Sex", new[] { "Female", "Male", "Female", "Male" })],
            [new EndpointColumn("os", [1, 2, 3, 4], [true, true, true, false])]);
        var comparisons = CoxAgreement.Univariable(separated, mixed, "os", ["Sex"]);

        Assert.That(comparisons.Single().TrueLogHazardRatio, Is.NaN);
        Assert.That(comparisons.Single().SyntheticLogHazardRatio, Is.Not.NaN);
        Assert.That(CoxAgreement.LargestDifference(comparisons), Is.NaN);
    }

    private static void AssertMatches(string cohort, string file,
        Func<ValidationPatients, ValidationPatients, string, IReadOnlyList<string>, IReadOnlyList<HazardRatioComparison>> compare, bool univariable)
    {
        var truth = ValidationTruth.Patients(cohort);
        var sample = ValidationTruth.ComparisonSample(cohort);
        var variables = ValidationTruth.CoxVariables(cohort);
        var reference = ValidationTruth.Rows(cohort, file);
        foreach (var endpoint in truth.Endpoints)
        {
            var comparisons = compare(truth, sample, endpoint, variables);
            var expected = reference.Where(r => r["endpoint"] == endpoint).ToList();
            Assert.That(comparisons.Select(c => c.Term), Is.EqualTo(expected.Where(r => r["sample"] == "cohort").Select(r => r["term"])), $"{cohort} {endpoint} terms");
            foreach (var c in comparisons)
            {
                var what = $"{cohort} {endpoint} {c.Term}";
                var cohortCoef = ValidationTruth.Number(expected.Single(r => r["sample"] == "cohort" && r["term"] == c.Term)["coef"]);
                var sampleCoef = ValidationTruth.Number(expected.Single(r => r["sample"] == "comparison" && r["term"] == c.Term)["coef"]);
                Tolerance.AssertClose(c.TrueLogHazardRatio, cohortCoef, what + " true");
                Tolerance.AssertClose(c.SyntheticLogHazardRatio, sampleCoef, what + " comparison");
                Tolerance.AssertClose(c.AbsoluteDifference, Math.Abs(cohortCoef - sampleCoef), what + " |difference|");
                Assert.That(c.Variable, univariable ? Is.EqualTo(c.Term[..c.Term.IndexOf('=')]) : Is.Null, what);
            }
        }
    }

    private static ValidationPatients Patients(string[] sex) =>
        new([new("Sex", sex)], [new EndpointColumn("os", [1, 2, 3, 4], [true, true, true, false])]);
}
