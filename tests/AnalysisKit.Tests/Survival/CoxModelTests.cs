using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Tests.Survival;

/// <summary>CoxModel identities that hold independently of R, the step-halving path, and argument checks.</summary>
public sealed class CoxModelTests
{
    private static readonly double[] Time = [1, 3, 2, 4];
    private static readonly bool[] Status = [true, false, true, true];
    private static readonly string[] Group = ["A", "A", "B", "B"];

    [Test]
    public void Score_test_of_one_binary_covariate_is_the_log_rank_test()
    {
        // Without ties the Cox score test for a two-level factor is the log-rank chi2 (1/17 here, by hand).
        var fit = CoxModel.Fit(Time, Status, [CoxCovariate.Categorical("group", Group)]);

        Assert.That(fit.ScoreTest.Statistic, Is.EqualTo(1.0 / 17).Within(1e-12));
        Assert.That(fit.Terms.Single().Name, Is.EqualTo("group=B"));
    }

    [Test]
    public void Concordance_by_hand()
    {
        // Pairs (i had the event first): (1,2) and (1,3) discordant, (2,3) concordant: C = 1/3.
        // Per subject (concordant, discordant): (0,2), (1,1), (1,1); d = -1/3, N = 3:
        // dfbeta = -4/9, 2/9, 2/9; var(C) = (24/81)/4, se = sqrt(6)/9 (R: concordance(..., reverse = TRUE)).
        var result = HarrellConcordance.Compute([1, 2, 3], [true, true, false], [1, 3, 2]);

        Assert.That(result.Concordance, Is.EqualTo(1.0 / 3).Within(1e-15));
        Assert.That(result.StandardError, Is.EqualTo(Math.Sqrt(6) / 9).Within(1e-15));
        Assert.That((result.Concordant, result.Discordant, result.TiedRisk), Is.EqualTo((1.0, 2.0, 0.0)));
    }

    [Test]
    public void Lung_with_a_factor_needs_step_halving_and_still_matches_R()
    {
        // ph.ecog = 3 has a single subject: the first Newton step overshoots and is halved.
        var reference = ReferenceFile.Cases("cox", "cox.json").First(c => c.GetProperty("name").GetString() == "lung_factor_ecog");
        var fit = CoxReferenceTests.FitReference(reference);

        Assert.That(fit.StepHalvings, Is.GreaterThan(0));
        Assert.That(fit.Converged, Is.True);
        Tolerance.AssertClose(fit.LogLik, reference.GetProperty("loglik").GetDouble(), "loglik");
    }

    [Test]
    public void Ties_default_to_Efron_as_in_R()
    {
        Assert.That(CoxOptions.Default.Ties, Is.EqualTo(CoxTies.Efron));
        Assert.That(CoxOptions.Default.MaxIterations, Is.EqualTo(20));
        Assert.That(CoxOptions.Default.Epsilon, Is.EqualTo(1e-9));
    }

    [Test]
    public void No_covariates_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(Time, Status, []));
        Assert.That(error!.Message, Does.Contain("at least one"));
    }

    [Test]
    public void Covariate_length_must_match()
    {
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(Time, Status, [CoxCovariate.Numeric("age", [50, 60, 70])]));
        Assert.That(error!.Message, Does.Contain("4 follow-up times but 3 values of the covariate 'age'"));
    }

    [Test]
    public void Missing_covariate_value_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CoxModel.Fit(Time, Status, [CoxCovariate.Numeric("age", [50, double.NaN, 70, 80])]));
        Assert.That(error!.Message, Does.StartWith("age[1] is not a finite number"));
    }

    [Test]
    public void All_censored_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CoxModel.Fit(Time, [false, false, false, false], [CoxCovariate.Categorical("group", Group)]));
        Assert.That(error!.Message, Does.Contain("at least one event"));
    }

    [Test]
    public void Constant_factor_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            CoxModel.Fit(Time, Status, [CoxCovariate.Categorical("arm", ["x", "x", "x", "x"])]));
        Assert.That(error!.Message, Does.Contain("'arm' has the same value ('x') for every subject"));
    }

    [Test]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            CoxModel.Fit(Time, Status, [CoxCovariate.Categorical("group", Group)], options: new CoxOptions { ConfidenceLevel = 95 }));
    }
}
