using System.Text.Json;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// Every field of every curve of tests/reference/km/km_reference.json (R survival 3.5.3:
/// survfit, summary.survfit, quantile.survfit, print.survfit's median, rmean) against the kit,
/// to 1e-6 relative (absolute floor 1e-12; R's NA must be NaN).
/// </summary>
public class KaplanMeierRReferenceTests
{
    public static IEnumerable<TestCaseData> Fits()
    {
        foreach (var dataSet in KmReference.DataSets)
        {
            var name = dataSet.GetProperty("name").GetString()!;
            var index = 0;
            foreach (var fit in dataSet.GetProperty("fits").EnumerateArray())
            {
                var type = fit.GetProperty("conf_type").GetString()!;
                var level = fit.GetProperty("conf_level").GetDouble();
                yield return new TestCaseData(name, index++).SetName($"{name} conf.type={type} conf.int={level}");
            }
        }
    }

    [TestCaseSource(nameof(Fits))]
    public void MatchesR(string dataSetName, int fitIndex)
    {
        var dataSet = KmReference.DataSet(dataSetName);
        var fit = dataSet.GetProperty("fits")[fitIndex];
        var options = new KaplanMeierOptions
        {
            ConfidenceType = KmReference.ParseType(fit.GetProperty("conf_type").GetString()!),
            ConfidenceLevel = fit.GetProperty("conf_level").GetDouble(),
        };
        var (time, died, group) = KmReference.ReadCsv(dataSet);
        var curves = group is null ? [KaplanMeier.Fit(time, died, options)] : KaplanMeier.FitByGroup(time, died, group, options);
        var expected = fit.GetProperty("curves").EnumerateArray().ToList();

        Assert.That(curves.Select(c => (c.ConfidenceType, c.ConfidenceLevel)),
            Is.All.EqualTo((options.ConfidenceType, options.ConfidenceLevel)), "every curve names its interval type and level");
        Assert.That(curves.Select(c => c.Group), Is.EqualTo(expected.Select(e => e.GetProperty("group").GetString())),
            "curves in R's factor-level order");
        var commonTau = KaplanMeier.CommonRestrictionTime(curves);
        var fixedTau = dataSet.GetProperty("tau").GetDouble();
        var times = KmReference.Numbers(dataSet, "times");
        Assert.Multiple(() =>
        {
            for (var c = 0; c < curves.Count; c++)
                Compare(expected[c], curves[c], commonTau, fixedTau, times);
        });
    }

    private static void Compare(JsonElement r, KaplanMeierCurve curve, double commonTau, double fixedTau, double[] times)
    {
        var g = curve.Group;
        Assert.That(curve.N, Is.EqualTo(r.GetProperty("n").GetInt32()), $"{g}: n");
        Assert.That(curve.Events, Is.EqualTo(r.GetProperty("events").GetInt32()), $"{g}: events");

        var table = r.GetProperty("table");
        var rows = curve.Rows;
        KmReference.AssertAllClose(KmReference.Numbers(table, "time"), rows.Select(x => x.Time).ToList(), $"{g}: time");
        KmReference.AssertAllClose(KmReference.Numbers(table, "n_risk"), rows.Select(x => (double)x.NRisk).ToList(), $"{g}: n.risk");
        KmReference.AssertAllClose(KmReference.Numbers(table, "n_event"), rows.Select(x => (double)x.NEvent).ToList(), $"{g}: n.event");
        KmReference.AssertAllClose(KmReference.Numbers(table, "n_censor"), rows.Select(x => (double)x.NCensor).ToList(), $"{g}: n.censor");
        KmReference.AssertAllClose(KmReference.Numbers(table, "surv"), rows.Select(x => x.Survival).ToList(), $"{g}: surv");
        KmReference.AssertAllClose(KmReference.Numbers(table, "std_err"), rows.Select(x => x.StdErr).ToList(), $"{g}: std.err of S");
        KmReference.AssertAllClose(KmReference.Numbers(table, "std_err_cumhaz"), rows.Select(x => x.CumulativeHazardStdErr).ToList(), $"{g}: survfit$std.err");
        KmReference.AssertAllClose(KmReference.Numbers(table, "lower"), rows.Select(x => x.Lower).ToList(), $"{g}: lower");
        KmReference.AssertAllClose(KmReference.Numbers(table, "upper"), rows.Select(x => x.Upper).ToList(), $"{g}: upper");

        var quantiles = r.GetProperty("quantiles");
        var probabilities = KmReference.Numbers(quantiles, "p");
        var q = probabilities.Select(curve.Quantile).ToList();
        KmReference.AssertAllClose(KmReference.Numbers(quantiles, "time"), q.Select(x => x.Time).ToList(), $"{g}: quantile");
        KmReference.AssertAllClose(KmReference.Numbers(quantiles, "lower"), q.Select(x => x.Lower).ToList(), $"{g}: quantile lower");
        KmReference.AssertAllClose(KmReference.Numbers(quantiles, "upper"), q.Select(x => x.Upper).ToList(), $"{g}: quantile upper");

        var median = curve.Median;
        KmReference.AssertClose(KmReference.Number(r, "median"), median.Time, $"{g}: median (print.survfit)");
        KmReference.AssertClose(KmReference.Number(r, "median_lower"), median.Lower, $"{g}: median LCL");
        KmReference.AssertClose(KmReference.Number(r, "median_upper"), median.Upper, $"{g}: median UCL");

        KmReference.AssertClose(KmReference.Number(r, "rmean_common_tau"), commonTau, $"{g}: rmean common tau");
        var common = curve.RestrictedMean(commonTau);
        KmReference.AssertClose(KmReference.Number(r, "rmean_common"), common.Mean, $"{g}: rmean (common)");
        KmReference.AssertClose(KmReference.Number(r, "rmean_common_se"), common.StdErr, $"{g}: se(rmean) (common)");
        var fixedMean = curve.RestrictedMean(fixedTau);
        KmReference.AssertClose(KmReference.Number(r, "rmean_fixed"), fixedMean.Mean, $"{g}: rmean (tau {fixedTau})");
        KmReference.AssertClose(KmReference.Number(r, "rmean_fixed_se"), fixedMean.StdErr, $"{g}: se(rmean) (tau {fixedTau})");

        CompareAtTimes(r.GetProperty("at_times"), curve.SurvivalAt(times), $"{g}: summary(times)");
        CompareAtTimes(r.GetProperty("at_times_extend"), curve.SurvivalAt(times, extend: true), $"{g}: summary(times, extend=TRUE)");
    }

    private static void CompareAtTimes(JsonElement r, IReadOnlyList<SurvivalAtTime> rows, string what)
    {
        KmReference.AssertAllClose(KmReference.Numbers(r, "time"), rows.Select(x => x.Time).ToList(), $"{what} time");
        KmReference.AssertAllClose(KmReference.Numbers(r, "n_risk"), rows.Select(x => (double)x.NRisk).ToList(), $"{what} n.risk");
        KmReference.AssertAllClose(KmReference.Numbers(r, "n_event"), rows.Select(x => (double)x.NEvent).ToList(), $"{what} n.event");
        KmReference.AssertAllClose(KmReference.Numbers(r, "n_censor"), rows.Select(x => (double)x.NCensor).ToList(), $"{what} n.censor");
        KmReference.AssertAllClose(KmReference.Numbers(r, "surv"), rows.Select(x => x.Survival).ToList(), $"{what} surv");
        KmReference.AssertAllClose(KmReference.Numbers(r, "std_err"), rows.Select(x => x.StdErr).ToList(), $"{what} std.err");
        KmReference.AssertAllClose(KmReference.Numbers(r, "lower"), rows.Select(x => x.Lower).ToList(), $"{what} lower");
        KmReference.AssertAllClose(KmReference.Numbers(r, "upper"), rows.Select(x => x.Upper).ToList(), $"{what} upper");
    }
}
