using System.Text.Json;
using AnalysisKit.Comparison;
using AnalysisKit.Data;
using AnalysisKit.MetaAnalysis;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Comparison;

public class CrossTrialPoolingTests
{
    private const double Relative = 1e-6;
    private static readonly OutcomeTable Table = OutcomeTable.Load(TrialCatalog.OpenRepository());

    // Counts checked by hand against the abstracts and kaseb2021 Table 3:
    // chow2014 2 CR + 5 PR of 28; chen2014 22 of 40; kim2020 53.2% of 47 = 25 (25/47 = 53.19%);
    // kaseb2021 12 PR of 34.
    [TestCase("objective_response", "chow2014", 7, 28)]
    [TestCase("objective_response", "chen2014", 22, 40)]
    [TestCase("objective_response", "kim2020", 25, 47)]
    [TestCase("objective_response", "kaseb2021", 12, 34)]
    [TestCase("disease_control", "chow2014", 22, 28)]
    [TestCase("disease_control", "kaseb2021", 28, 34)]
    [TestCase("curative_conversion", "chow2014", 2, 29)]
    [TestCase("curative_conversion", "kim2020", 9, 47)]
    public void CountsTraceToThePrintedNumbers(string outcome, string trial, int events, int n)
    {
        var row = Table.Of(outcome).Single(r => r.Trial == trial);
        Assert.That((row.Events, row.Patients), Is.EqualTo((events, n)));
    }

    public static IEnumerable<TestCaseData> MetaforResults()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/comparison/pooled.json")));
        foreach (var r in json.RootElement.GetProperty("results").EnumerateArray())
        {
            yield return new TestCaseData(r.GetProperty("outcome").GetString(), r.GetProperty("measure").GetString(), r.GetProperty("method").GetString(), r.Clone())
                .SetName($"Metafor_{r.GetProperty("outcome").GetString()}_{r.GetProperty("measure").GetString()}_{r.GetProperty("method").GetString()}");
        }
    }

    [TestCaseSource(nameof(MetaforResults))]
    public void PooledEstimatesEqualMetafor(string outcome, string measure, string method, JsonElement expected)
    {
        var pooled = CrossTrialPooling.Pool(Table, outcome,
            measure == "PLO" ? ProportionMeasure.Logit : ProportionMeasure.FreemanTukey,
            new RandomEffectsOptions { Method = method == "REML" ? HeterogeneityEstimator.Reml : HeterogeneityEstimator.DerSimonianLaird });
        var result = pooled.Result!;
        var actual = new Dictionary<string, double>
        {
            ["estimate"] = result.Model.Estimate, ["se"] = result.Model.StandardError,
            ["ci_lower"] = result.Model.CiLower, ["ci_upper"] = result.Model.CiUpper,
            ["tau2"] = result.Model.Tau2, ["i2"] = result.Model.I2, ["h2"] = result.Model.H2,
            ["q"] = result.Model.Q, ["q_p"] = result.Model.QP,
            ["proportion"] = result.Proportion, ["proportion_lower"] = result.ProportionLower, ["proportion_upper"] = result.ProportionUpper,
            ["proportion_pi_lower"] = result.ProportionPredictionLower, ["proportion_pi_upper"] = result.ProportionPredictionUpper,
        };
        foreach (var (field, value) in actual)
        {
            var want = expected.GetProperty(field).GetDouble();
            Assert.That(value, Is.EqualTo(want).Within(Math.Max(Math.Abs(want) * Relative, 1e-10)), field);
        }
    }

    [Test]
    public void AnOutcomeOfOneTrialIsNotPooledAndSaysWhy()
    {
        using var data = TrialDataCopy.WithOutcomes(
            "outcome,trial,events,n,derivation,claims,n_source,criteria,assessment,note\n" +
            "curative_conversion,kim2020,9,47,count,kim2020/Abstract/Downstaging/Curative resection or transplantation/n,printed,not applicable,not stated,\n");
        var pooled = CrossTrialPooling.Pool(OutcomeTable.Load(TrialCatalog.Open(data.Root)), "curative_conversion");
        Assert.That(pooled.Result, Is.Null);
        Assert.That(pooled.NotPooledBecause, Does.Contain("only kim2020").And.Contain("at least two trials"));
    }

    [Test]
    public void AnEventCountThatTheClaimsDoNotGiveIsRefusedWithItsLine()
    {
        using var data = TrialDataCopy.WithOutcomes(
            "outcome,trial,events,n,derivation,claims,n_source,criteria,assessment,note\n" +
            "objective_response,kim2020,24,47,from_percentage,kim2020/Abstract/Objective response/During or up to sorafenib maintenance/pct,printed,x,y,\n");
        var e = Assert.Throws<DataFileException>(() => OutcomeTable.Load(TrialCatalog.Open(data.Root)))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((2, "events")));
        Assert.That(e.Message, Does.Contain("the claims give 25, not the 24 events"));
    }

    [Test]
    public void AnUnknownClaimIsRefused()
    {
        using var data = TrialDataCopy.WithOutcomes(
            "outcome,trial,events,n,derivation,claims,n_source,criteria,assessment,note\n" +
            "objective_response,kim2020,25,47,count,kim2020/Abstract/No such/row/n,printed,x,y,\n");
        var e = Assert.Throws<DataFileException>(() => OutcomeTable.Load(TrialCatalog.Open(data.Root)))!;
        Assert.That(e.Message, Does.Contain("is not a printed number of kim2020"));
    }

    [Test]
    public void UnknownOutcomeNamesTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => CrossTrialPooling.Pool(Table, "survival"))!;
        Assert.That(e.Message, Does.Contain("objective_response"));
    }
}
