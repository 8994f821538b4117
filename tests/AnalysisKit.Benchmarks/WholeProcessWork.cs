using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// The work timed as a whole process, step for step what <c>bench.R</c> does with the same CSV:
/// read the file, then (a) Kaplan–Meier curves by group with their medians, and the log-rank
/// test, or (b) the Cox model on x1, x2, x3 with Efron ties (with its concordance, which
/// <c>coxph</c> also computes).
/// </summary>
internal static class WholeProcessWork
{
    /// <summary>(a) <c>survfit(Surv(time, status) ~ group)</c> medians and <c>survdiff</c>.</summary>
    public static void KaplanMeierAndLogRank(string file, TextWriter output)
    {
        var table = CsvTable.Read(file);
        var time = CsvColumnReader.Times(table, "time");
        var status = CsvColumnReader.Events(table, "status");
        var group = CsvColumnReader.Labels(table, "group");
        var curves = KaplanMeier.FitByGroup(time, status, group);
        var test = LogRankTest.Compute(time, status, group);

        var summary = new Summary(output);
        summary.Add("n", time.Length);
        foreach (var curve in curves)
        {
            var median = curve.Median;
            summary.Add($"rows[{curve.Group}]", curve.Rows.Count);
            summary.Add($"events[{curve.Group}]", curve.Events);
            summary.Add($"last_survival[{curve.Group}]", curve.Rows[^1].Survival);
            summary.Add($"median[{curve.Group}]", median.Time);
            summary.Add($"median_lower[{curve.Group}]", median.Lower);
            summary.Add($"median_upper[{curve.Group}]", median.Upper);
        }
        foreach (var g in test.Groups) summary.Add($"expected[{g.Group}]", g.Expected);
        summary.Add("logrank_chisq", test.ChiSquare);
        summary.Add("logrank_df", test.DegreesOfFreedom);
    }

    /// <summary>(b) <c>coxph(Surv(time, status) ~ x1 + x2 + x3, ties = "efron")</c>.</summary>
    public static void Cox(string file, TextWriter output)
    {
        var table = CsvTable.Read(file);
        var time = CsvColumnReader.Times(table, "time");
        var status = CsvColumnReader.Events(table, "status");
        string[] names = ["x1", "x2", "x3"];
        var covariates = names.Select(n => CoxCovariate.Numeric(n, CsvColumnReader.Numbers(table, n))).ToList();
        var fit = CoxModel.Fit(time, status, covariates, options: new CoxOptions { Ties = CoxTies.Efron });

        var summary = new Summary(output);
        summary.Add("n", fit.N);
        summary.Add("events", fit.Events);
        foreach (var term in fit.Terms)
        {
            summary.Add($"coef[{term.Name}]", term.Coefficient);
            summary.Add($"se[{term.Name}]", term.StandardError);
        }
        summary.Add("loglik_null", fit.LogLikNull);
        summary.Add("loglik", fit.LogLik);
        summary.Add("iterations", fit.Iterations);
        summary.Add("concordant", fit.Concordance.Concordant);
        summary.Add("discordant", fit.Concordance.Discordant);
        summary.Add("concordance", fit.Concordance.Concordance);
        summary.Add("concordance_se", fit.Concordance.StandardError);
    }
}
