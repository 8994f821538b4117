using System.Text.Json;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Tests.MetaAnalysis;

/// <summary>
/// Every field of the meta-analysis against metafor 3.8-1 for 18 data sets (zero-event and
/// all-event studies, k = 2, k = 40, τ² = 0, very heterogeneous, tiny and huge n) and all eight
/// combinations of measure (PLO, PFT), estimator (DL, REML) and test (z, knha). The R calls are
/// in tests/reference/meta/meta-reference.R, e.g.
/// <c>rma(yi, vi, data = escalc("PLO", xi = events, ni = n, data = dat), method = "REML", test = "knha")</c>.
/// Tolerance: <see cref="MetaReference"/> (1e-6 relative, 1e-10 absolute floor).
/// </summary>
public class ProportionMetaAnalysisReferenceTests
{
    public sealed record FitCase(string Dataset, int FitIndex, string Label)
    {
        public override string ToString() => $"{Dataset} {Label}";
    }

    public static IEnumerable<FitCase> FitCases() =>
        MetaReference.Datasets.SelectMany(d => d.GetProperty("fits").EnumerateArray().Select((f, i) =>
            new FitCase(d.GetProperty("name").GetString()!, i,
                $"{f.GetProperty("measure").GetString()} {f.GetProperty("method").GetString()}{(f.GetProperty("knha").GetBoolean() ? " knha" : "")}")));

    public static IEnumerable<string> DatasetNames() =>
        MetaReference.Datasets.Select(d => d.GetProperty("name").GetString()!);

    [Test]
    public void ReferenceCoversTheRequiredSituations()
    {
        var names = DatasetNames().ToList();
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(15));
        var sizes = MetaReference.Datasets.Select(d => d.GetProperty("study").GetArrayLength()).ToList();
        Assert.That(sizes, Does.Contain(2));
        Assert.That(sizes.Max(), Is.GreaterThanOrEqualTo(40));
        Assert.That(names, Does.Contain("zero-event").And.Contain("all-event").And.Contain("homogeneous").And.Contain("heterogeneous"));
        var homogeneous = MetaReference.Dataset("homogeneous").GetProperty("fits")[0];
        Assert.That(homogeneous.GetProperty("tau2").GetDouble(), Is.EqualTo(0), "the homogeneous data set has tau2 = 0 in R");
    }

    [TestCaseSource(nameof(DatasetNames))]
    public void EffectSizesMatchEscalc(string name)
    {
        var data = MetaReference.Dataset(name);
        var studies = Studies(data);
        foreach (var (measure, code) in new[] { (ProportionMeasure.Logit, "PLO"), (ProportionMeasure.FreemanTukey, "PFT") })
        {
            var effects = ProportionEffectSizes.Compute(studies, measure);
            var expected = data.GetProperty("effects").GetProperty(code);
            var yi = MetaReference.Numbers(expected, "yi");
            var vi = MetaReference.Numbers(expected, "vi");
            Assert.Multiple(() =>
            {
                for (var i = 0; i < effects.Count; i++)
                {
                    MetaReference.Close(effects[i].Yi, yi[i], $"{code} yi[{i}]");
                    MetaReference.Close(effects[i].Vi, vi[i], $"{code} vi[{i}]");
                }
            });
        }
    }

    [TestCaseSource(nameof(DatasetNames))]
    public void StudyIntervalsMatchBinomTest(string name)
    {
        var data = MetaReference.Dataset(name);
        var effects = ProportionEffectSizes.Compute(Studies(data), ProportionMeasure.Logit);
        var lower = MetaReference.Numbers(data, "cp_lower");
        var upper = MetaReference.Numbers(data, "cp_upper");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < effects.Count; i++)
            {
                MetaReference.Close(effects[i].ProportionLower, lower[i], $"lower[{i}]");
                MetaReference.Close(effects[i].ProportionUpper, upper[i], $"upper[{i}]");
                Assert.That(effects[i].Proportion, Is.EqualTo((double)effects[i].Events / effects[i].Patients));
            }
        });
    }

    [TestCaseSource(nameof(FitCases))]
    public void ModelMatchesRma(FitCase fitCase)
    {
        var data = MetaReference.Dataset(fitCase.Dataset);
        var expected = data.GetProperty("fits")[fitCase.FitIndex];
        var result = Run(data, expected);
        var m = result.Model;
        Assert.Multiple(() =>
        {
            Assert.That(m.K, Is.EqualTo(expected.GetProperty("k").GetInt32()));
            Close(m.Estimate, expected, "estimate");
            Close(m.StandardError, expected, "se");
            Close(m.Statistic, expected, "zval");
            Close(m.P, expected, "pval");
            Close(m.CiLower, expected, "ci_lb");
            Close(m.CiUpper, expected, "ci_ub");
            Close(m.DegreesOfFreedom ?? double.NaN, expected, "df");
            Close(m.Tau2, expected, "tau2");
            Close(m.Tau2StandardError, expected, "se_tau2");
            Close(m.I2, expected, "I2");
            Close(m.H2, expected, "H2");
            Close(m.Q, expected, "QE");
            Assert.That(m.QDegreesOfFreedom, Is.EqualTo(expected.GetProperty("QE_df").GetInt32()));
            Close(m.QP, expected, "QEp");
            Close(m.PredictionLower, expected, "pi_lb");
            Close(m.PredictionUpper, expected, "pi_ub");
            Close(result.Proportion, expected, "proportion");
            Close(result.ProportionLower, expected, "proportion_lower");
            Close(result.ProportionUpper, expected, "proportion_upper");
            Close(result.ProportionPredictionLower, expected, "proportion_pi_lb");
            Close(result.ProportionPredictionUpper, expected, "proportion_pi_ub");
            Close(result.ToProportion(m.CiLower), expected, "proportion_lower");
            var weights = MetaReference.Numbers(expected, "weights");
            Assert.That(m.Weights, Has.Count.EqualTo(weights.Length));
            for (var i = 0; i < weights.Length; i++) MetaReference.Close(m.Weights[i], weights[i], $"weights[{i}]");
        });
    }

    [TestCaseSource(nameof(FitCases))]
    public void LeaveOneOutMatchesLeave1out(FitCase fitCase)
    {
        var data = MetaReference.Dataset(fitCase.Dataset);
        var expected = data.GetProperty("fits")[fitCase.FitIndex];
        var result = Run(data, expected);
        var l1o = expected.GetProperty("leave1out");
        var study = data.GetProperty("study").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.That(result.LeaveOneOut.Select(r => r.OmittedStudy), Is.EqualTo(study));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < result.LeaveOneOut.Count; i++)
            {
                var fit = result.LeaveOneOut[i].Model;
                Assert.That(fit, Is.Not.Null, $"leave-one-out {i} failed");
                if (fit is null) continue;
                void Field(double actual, string name) => MetaReference.Close(actual, l1o.GetProperty(name)[i], $"leave1out[{i}].{name}");
                Field(fit.Estimate, "estimate");
                Field(fit.StandardError, "se");
                Field(fit.Statistic, "stat");
                Field(fit.P, "pval");
                Field(fit.CiLower, "ci_lb");
                Field(fit.CiUpper, "ci_ub");
                Field(fit.Q, "Q");
                Field(fit.QP, "Qp");
                Field(fit.Tau2, "tau2");
                Field(fit.I2, "I2");
                Field(fit.H2, "H2");
            }
        });
    }

    [TestCaseSource(nameof(FitCases))]
    public void TightConvergenceReachesTheOptimumMetaforFindsWithThreshold1e14(FitCase fitCase)
    {
        var data = MetaReference.Dataset(fitCase.Dataset);
        var expected = data.GetProperty("fits")[fitCase.FitIndex];
        var options = Options(expected) with { Threshold = 1e-12, MaxIterations = 10000 };
        var result = ProportionMetaAnalysis.Run(Studies(data), Measure(expected), options);
        Close(result.Model.Tau2, expected, "tau2_tight");
        Close(result.Model.Estimate, expected, "estimate_tight");
    }

    internal static IReadOnlyList<ProportionStudy> Studies(JsonElement data)
    {
        var names = data.GetProperty("study").EnumerateArray().Select(s => s.GetString()!).ToArray();
        var events = MetaReference.Numbers(data, "events");
        var n = MetaReference.Numbers(data, "n");
        return names.Select((s, i) => new ProportionStudy(s, events[i], n[i])).ToArray();
    }

    private static ProportionMetaAnalysisResult Run(JsonElement data, JsonElement fit) =>
        ProportionMetaAnalysis.Run(Studies(data), Measure(fit), Options(fit));

    private static ProportionMeasure Measure(JsonElement fit) =>
        fit.GetProperty("measure").GetString() == "PLO" ? ProportionMeasure.Logit : ProportionMeasure.FreemanTukey;

    private static RandomEffectsOptions Options(JsonElement fit) => new()
    {
        Method = fit.GetProperty("method").GetString() == "DL" ? HeterogeneityEstimator.DerSimonianLaird : HeterogeneityEstimator.Reml,
        KnappHartung = fit.GetProperty("knha").GetBoolean(),
    };

    private static void Close(double actual, JsonElement fit, string property) =>
        MetaReference.Close(actual, fit.GetProperty(property), property);
}
