using AnalysisKit.Comparison;
using AnalysisKit.Data;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Comparison;

public class EndpointHarmonisationTests
{
    private static readonly IReadOnlyList<TrialProfile> Profiles = EndpointHarmonisation.Profiles(TrialCatalog.OpenRepository());

    private static TrialProfile Of(string trial) => Profiles.Single(p => p.Trial == trial);

    [Test]
    public void EveryTrialHasAProfile() =>
        Assert.That(Profiles.Select(p => p.Trial), Is.EquivalentTo(new[] { "chow2014", "chen2014", "park2012", "kim2020", "kaseb2021" }));

    // chow2014 abstract: "BCLC stage B (38%) or C (62%)"; park2012: "stage B (82%) or C (18%)";
    // kaseb2021 Table 4: BCLC Stage B 9, Stage C 25.
    [TestCase("chow2014", "BCLC stage B", "38%")]
    [TestCase("chow2014", "BCLC stage C", "62%")]
    [TestCase("park2012", "BCLC stage B", "82%")]
    [TestCase("kaseb2021", "BCLC stage B", "9")]
    [TestCase("kaseb2021", "BCLC stage C", "25")]
    [TestCase("chen2014", "Portal vein thrombosis", "24")]
    public void PopulationFiguresAreThePrintedText(string trial, string characteristic, string printed) =>
        Assert.That(Of(trial).Figures.Single(f => f.Characteristic == characteristic).Printed, Is.EqualTo(printed));

    [Test]
    public void SequenceKeepsTheOrderAndTiming()
    {
        // chow2014: radioembolization first, sorafenib 14 days later; kaseb2021: sorafenib first, 90Y after 4 weeks.
        Assert.That(Of("chow2014").Sequence, Does.Match("^Radioembolization.*→ Sorafenib.*14 days"));
        Assert.That(Of("kaseb2021").Sequence, Does.StartWith("Sorafenib"));
    }

    [Test]
    public void ResponseCriteriaDifferAndAreShown()
    {
        Assert.That(Of("chow2014").Endpoints.Select(e => e.ResponseCriteria), Does.Contain("RECIST 1.0"));
        Assert.That(Of("kaseb2021").Endpoints.Select(e => e.ResponseCriteria), Does.Contain("RECIST 1.1"));
    }

    [Test]
    public void AClaimThatIsNotPrintedIsRefused()
    {
        using var data = TrialDataCopy.Create();
        File.WriteAllText(Path.Combine(data.Root, "comparison", "population.csv"),
            "trial,characteristic,claim,note\nchow2014,BCLC stage A,chow2014/Abstract/BCLC stage/A/pct,\n");
        var e = Assert.Throws<DataFileException>(() => EndpointHarmonisation.Profiles(TrialCatalog.Open(data.Root)))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((2, "claim")));
    }
}
