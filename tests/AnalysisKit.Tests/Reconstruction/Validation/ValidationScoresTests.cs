using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>The named summary scores: a real comparison sample scored against each cohort's true patients, against R (build_validation_trials.R).</summary>
public sealed class ValidationScoresTests
{
    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Scores_of_the_comparison_sample_match_R_and_name_the_spread(string cohort)
    {
        var scores = ValidationScores.Compute(ValidationTruth.Patients(cohort), ValidationTruth.ComparisonSample(cohort), ValidationTruth.CoxVariables(cohort));
        var reference = ValidationTruth.Rows(cohort, "comparison_scores.csv");
        var spread = ValidationTruth.Rows(cohort, "spread.csv").Select(r => r["statistic"]);

        Assert.That(scores.Select(s => s.Name), Is.EqualTo(reference.Select(r => r["statistic"])), cohort);
        Assert.That(scores.Select(s => s.Name), Is.EqualTo(spread), cohort + ": spread.csv");
        foreach (var (score, row) in scores.Zip(reference))
            Tolerance.AssertClose(score.Value, ValidationTruth.Number(row["value"]), $"{cohort} {score.Name}");
    }

    [Test]
    public void True_patients_against_themselves_score_zero()
    {
        var truth = ValidationTruth.Patients("colon_obs60");
        Assert.That(ValidationScores.Compute(truth, truth, ValidationTruth.CoxVariables("colon_obs60")).Select(s => s.Value), Is.All.EqualTo(0));
    }

    [Test]
    public void Synthetic_patients_without_a_baseline_variable_are_refused()
    {
        var truth = ValidationTruth.Patients("lung");
        var os = truth.Endpoint("os");
        var synthetic = new ValidationPatients([new("Sex", truth.Baseline("Sex")), new("Age", truth.Baseline("Age"))], [os]);
        var error = Assert.Throws<ArgumentException>(() => ValidationScores.Compute(truth, synthetic, ["Sex"]));
        Assert.That(error!.Message, Does.Contain("no baseline variable 'ECOG performance status'"));
    }
}
