using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The numbers kaseb2021's discussion prints about its own trial (seed text
/// 004_f188ea9214b16584.txt, copied by hand): line 399 "median PFS of 10.4 months"; line 401
/// "Median OS in 34 patients ... was 13.2 months, and that in 38 patients ... was 13.9 months";
/// line 575 "our patients were all selected according to BCLC stage C ... yet median PFS was
/// 10.5 months". Table 4 prints 9 patients in BCLC stage B (line 322) and 25 in stage C (line 323).
/// </summary>
public class Kaseb2021DiscussionTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
    private static readonly Trial Kaseb = Catalog.Load("kaseb2021");
    private static readonly TrialReproduction Ledger = ReproductionLedger.Reproduce(Kaseb);

    private static Claim ClaimOf(string group, string label, string column) =>
        Ledger.Claims.Single(c => c.Id == ClaimId.Of("kaseb2021", ClaimId.Results, group, label, column));

    [Test]
    public void TheDiscussionsOwnNumbersAreClaimsWithTheirSeedLines()
    {
        var discussion = Kaseb.PublishedValues.Where(v => v.Table == ClaimId.Results && v.SeedLine is 399 or 401 or 575)
            .Select(v => (v.RowGroup, v.Column, v.Text, v.Value, v.SeedLine)).ToList();
        Assert.That(discussion, Is.EqualTo(new[]
        {
            ("Progression-free survival (discussion: principal outcome)", "median", "10.4", (double?)10.4, 399),
            ("Overall survival (discussion; 34 patients)", "median", "13.2", 13.2, 401),
            ("Overall survival (discussion; 38 patients)", "median", "13.9", 13.9, 401),
            ("Progression-free survival (discussion: limitations)", "median", "10.5", 10.5, 575),
            ("BCLC", "n", "all", 34, 575),
        }));
        // The claim contract names running-text tables Abstract or Results only: the discussion's
        // numbers are Results claims whose row groups say "discussion".
        Assert.That(Kaseb.PublishedValues.Select(v => v.Table).Where(t => !ClaimId.IsTableName(t)).Distinct(), Is.EquivalentTo(new[] { "Abstract", "Results" }));
    }

    [Test]
    public void TheDiscussionsTenPointFiveContradictsEveryOtherMedianPfs()
    {
        var claim = ClaimOf("Progression-free survival (discussion: limitations)", "All patients", "median");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Conflict));
        Assert.That(claim.ConflictsWith, Is.EquivalentTo(new[]
        {
            "kaseb2021/Table4/All/All patients/median",
            "kaseb2021/Abstract/Progression-free survival/All patients/median",
            "kaseb2021/Results/Progression-free survival (34 patients)/All patients/median",
            "kaseb2021/Results/Progression-free survival (discussion: principal outcome)/All patients/median",
        }));
        Assert.That(claim.Note, Does.Contain("Table 4 line 314 prints 10.32"));
    }

    [Test]
    public void AllPatientsInStageCContradictsTable4()
    {
        var finding = ConsistencyChecker.Check(Kaseb).Single(f => f.Places.Any(p => p.ClaimId == "kaseb2021/Results/BCLC/Stage C/n"));
        Assert.That(finding.Check, Is.EqualTo(ConsistencyCheck.SameQuantityPrintedDifferently));
        Assert.That(finding.Places.Select(p => (p.Source, p.SeedLine, p.Printed)), Is.EqualTo(new[] { ("Results", 575, "all"), ("Table 4", 323, "25") }));
        Assert.That(finding.Explanation, Does.EndWith("the tables and the text describe the same patients. ('all' reads as 34)"));

        // The synthetic patients follow Table 4 (25 in stage C), so the discussion's 34 is not reproduced.
        var claim = ClaimOf("BCLC", "Stage C", "n");
        Assert.That((claim.Status, claim.Reproduced), Is.EqualTo((ClaimStatus.Conflict, (double?)25)));
        Assert.That(claim.ConflictsWith, Is.EqualTo(new[] { "kaseb2021/Table4/BCLC/Stage C/n" }));
        Assert.That(Ledger.Claims.Single(c => c.Id == "kaseb2021/Table4/BCLC/Stage C/n").Status, Is.EqualTo(ClaimStatus.Reproduced));
    }

    [Test]
    public void MedianOsOfThe34IsCitedOnlyAgainstTable5()
    {
        // Abstract, results and discussion all print 13.2; only Table 5's 12.25 contradicts them.
        var claim = ClaimOf("Overall survival (discussion; 34 patients)", "All patients", "median");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Conflict));
        Assert.That(claim.ConflictsWith, Is.EqualTo(new[] { "kaseb2021/Table5/All/All patients/median" }));
    }

    [Test]
    public void MedianOsOfThe38IsRecomputedFromAllEnrolledSyntheticPatients()
    {
        // 34 treated plus 4 sorafenib-only synthetic patients (ipd_sorafenib_only.csv).
        var claim = ClaimOf("Overall survival (discussion; 38 patients)", "All patients", "median");
        Assert.That((claim.Status, claim.Synthetic), Is.EqualTo((ClaimStatus.Reproduced, true)));
        Assert.That(claim.Reproduced!.Value, Is.EqualTo(13.9).Within(0.05 + 1e-12));
    }

    [Test]
    public void AStatementOutsideAbstractAndResultsIsRefused()
    {
        using var data = new TempTrialData("place2024", [TempTrialData.Statements()], new Dictionary<string, string>
        {
            ["statements.csv"] = TempTrialData.StatementsHeader + "Conclusion,Patients,Treated,n,count,number of patients treated,34,34,,,1,\n",
        });
        var e = Assert.Throws<DataFileException>(() => TrialCatalog.Open(data.DataRoot).Load("place2024"))!;
        Assert.That(e.Message, Does.Contain("'Conclusion' is not Abstract or Results"));
    }
}
