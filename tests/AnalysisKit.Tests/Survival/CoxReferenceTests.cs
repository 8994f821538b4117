using System.Text.Json;
using System.Text.RegularExpressions;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// CoxModel against R survival 3.5-3 <c>coxph</c> / <c>summary.coxph</c>
/// (tests/reference/cox/cox.R): classic data sets and generated edge cases, Efron and
/// Breslow ties, strata, factors, collinear columns, fits that run out of iterations and
/// coefficients that run to infinity. Every field at 1e-6 relative (absolute floor 1e-10).
/// Fits that do not converge are compared on the converged flag, warnings and log-likelihood
/// only (where a diverging coefficient stops is not a meaningful number).
/// </summary>
public sealed class CoxReferenceTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("cox", "cox.json").Select(c =>
            new TestCaseData(c).SetName($"coxph_{c.GetProperty("name").GetString()}_{c.GetProperty("ties").GetString()}"));

    internal static CoxFit FitReference(JsonElement reference)
    {
        var time = reference.GetProperty("time").GetString()!;
        var status = reference.GetProperty("event").GetString()!;
        var covariates = ReferenceFile.StringArray(reference.GetProperty("covariates"));
        var factors = ReferenceFile.StringArray(reference.GetProperty("factors"));
        var strata = ReferenceFile.OptionalString(reference, "strata");
        var columns = new[] { time, status }.Concat(covariates).Concat(strata is null ? [] : new[] { strata });
        var data = ReferenceFile.CompleteRows(ReferenceFile.DataPath("cox", reference.GetProperty("data").GetString()!), columns);
        var model = covariates
            .Select(c => factors.Contains(c)
                ? CoxCovariate.Categorical(c, data[c])
                : CoxCovariate.Numeric(c, ReferenceFile.Numbers(data[c])))
            .ToList();
        var options = new CoxOptions
        {
            Ties = reference.GetProperty("ties").GetString() == "breslow" ? CoxTies.Breslow : CoxTies.Efron,
            MaxIterations = reference.GetProperty("iter_max").GetInt32(),
        };
        return CoxModel.Fit(ReferenceFile.Numbers(data[time]), ReferenceFile.Events(data[status]), model,
            strata is null ? null : data[strata], options);
    }

    /// <summary>R pastes its warning with spaces around the variable list; compare the words.</summary>
    internal static string NormalizeWarning(string text) =>
        Regex.Replace(text, @"\s+", " ").Replace(" ;", ";").Replace("variable  ", "variable ").Trim();

    [TestCaseSource(nameof(Cases))]
    public void Matches_R_coxph(JsonElement reference)
    {
        var fit = FitReference(reference);

        var converged = reference.GetProperty("converged").GetBoolean();
        Assert.That(fit.Converged, Is.EqualTo(converged), "converged");
        Assert.That(fit.Warnings, Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("warnings")).Select(NormalizeWarning).ToArray()), "warnings");
        Assert.That(fit.N, Is.EqualTo(reference.GetProperty("n").GetInt32()));
        Assert.That(fit.Events, Is.EqualTo(reference.GetProperty("events").GetInt32()));
        Assert.That(fit.Iterations, Is.EqualTo(reference.GetProperty("iterations").GetInt32()), "iterations");
        Assert.That(fit.Terms.Select(t => t.Name), Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("terms"))));
        Tolerance.AssertClose(fit.LogLikNull, reference.GetProperty("loglik_null").GetDouble(), "loglik null");
        Tolerance.AssertClose(fit.LogLik, reference.GetProperty("loglik").GetDouble(), "loglik");
        AssertTest(fit.LikelihoodRatioTest, reference.GetProperty("lr"), "lr", compareValue: true);
        AssertTest(fit.ScoreTest, reference.GetProperty("score"), "score", compareValue: true);
        if (!converged) return;

        Tolerance.AssertAllClose(fit.Terms.Select(t => t.Coefficient).ToList(), ReferenceFile.NumberArray(reference.GetProperty("coef")), "coef");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.StandardError).ToList(), ReferenceFile.NumberArray(reference.GetProperty("se")), "se");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.HazardRatio).ToList(), ReferenceFile.NumberArray(reference.GetProperty("hr")), "hr");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.HazardRatioLower).ToList(), ReferenceFile.NumberArray(reference.GetProperty("hr_lower")), "hr lower");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.HazardRatioUpper).ToList(), ReferenceFile.NumberArray(reference.GetProperty("hr_upper")), "hr upper");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.Z).ToList(), ReferenceFile.NumberArray(reference.GetProperty("z")), "z");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.P).ToList(), ReferenceFile.NumberArray(reference.GetProperty("p")), "p");
        Tolerance.AssertAllClose(fit.Terms.Select(t => t.Mean).ToList(), ReferenceFile.NumberArray(reference.GetProperty("means")), "means");
        var rows = reference.GetProperty("var").EnumerateArray().Select(ReferenceFile.NumberArray).ToArray();
        for (var i = 0; i < rows.Length; i++)
            for (var j = 0; j < rows.Length; j++)
                Tolerance.AssertClose(fit.Variance[i, j], rows[i][j], $"var[{i},{j}]");
        AssertTest(fit.WaldTest, reference.GetProperty("wald"), "wald", compareValue: true);
        Tolerance.AssertClose(fit.Concordance.Concordance, reference.GetProperty("concordance").GetDouble(), "concordance");
        Tolerance.AssertClose(fit.Concordance.StandardError, reference.GetProperty("concordance_se").GetDouble(), "concordance se");
    }

    private static void AssertTest(ChiSquareTest test, JsonElement reference, string what, bool compareValue)
    {
        Assert.That(test.DegreesOfFreedom, Is.EqualTo(reference.GetProperty("df").GetInt32()), $"{what} df");
        if (!compareValue) return;
        Tolerance.AssertClose(test.Statistic, reference.GetProperty("stat").GetDouble(), $"{what} statistic");
        Tolerance.AssertClose(test.P, ReferenceFile.Number(reference.GetProperty("p")), $"{what} p");
    }
}
