using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// A sample of claims of the five papers (no patient-level data in the repository's data
/// folder yet), each with its expected value worked out by hand from the printed counts.
/// </summary>
public class PublishedClaimTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
    private static readonly ReproductionLedger Ledger = ReproductionLedger.Build(Catalog);

    private static Claim ClaimOf(string trial, string table, string group, string label, string column) =>
        Ledger.Trials.Single(t => t.Trial == trial).Claims.Single(c => c.Id == ClaimId.Of(trial, table, group, label, column));

    [Test]
    public void ClaimIdsAreBuiltFromTheirPartsAndUniquePerTrial()
    {
        foreach (var trial in Ledger.Trials)
        {
            Assert.That(trial.Claims.Select(c => c.Id), Is.Unique, trial.Trial);
            foreach (var claim in trial.Claims)
            {
                Assert.That(claim.Id, Is.EqualTo($"{claim.Trial}/{claim.Table}/{claim.RowGroup}/{claim.RowLabel}/{claim.Column}"));
                Assert.That(claim.Source, Is.EqualTo(ClaimId.SourceOf(claim.Table)));
            }
        }
        var female = ClaimOf("kaseb2021", "Table4", "Sex", "Female", "median");
        Assert.That((female.Id, female.Source, female.RowGroup, female.RowLabel, female.Column, female.Published),
            Is.EqualTo(("kaseb2021/Table4/Sex/Female/median", "Table 4", "Sex", "Female", "median", "12.25")));
        // A printed label holding '/' stays whole in the id.
        Assert.That(ClaimOf("kaseb2021", "Table4", "Pathology", "Good/moderate", "n").Id, Is.EqualTo("kaseb2021/Table4/Pathology/Good/moderate/n"));
        // The whole-cohort row of a subgroup table has row group All.
        Assert.That(ClaimOf("kaseb2021", "Table4", "All", "All patients", "median").Published, Is.EqualTo("10.32"));
    }

    [Test]
    public void EveryPublishedValueIsOneClaim()
    {
        foreach (var trial in Ledger.Trials)
        {
            var values = Catalog.Load(trial.Trial).PublishedValues;
            Assert.That(trial.Claims.Select(c => c.Id), Is.EqualTo(values.Select(v => v.Id)), trial.Trial);
            Assert.That(trial.Claims.Select(c => c.Published), Is.EqualTo(values.Select(v => v.Text)), trial.Trial);
            var s = trial.Summary;
            Assert.That(s.Reproduced + s.Differs + s.Conflict + s.NotReproducible, Is.EqualTo(s.Claims));
        }
    }

    // kaseb2021 Table 1 line 84: Female 9 (26.5%); 9/34 = 26.4706%, which rounds to 26.5%.
    // Table 1 line 90: Caucasian 16 (47.1%); 16/34 = 47.0588% -> 47.1%.
    // Table 2 line 222: fatigue grade 1-2 10 (29.4); 10/34 = 29.4118%.
    // chen2014 line 10: 33 (83%) completed RT; 33/40 = 82.5% exactly, a correct rounding up.
    [TestCase("kaseb2021", "Table1", "Sex", "Female", "pct", 9.0 / 34 * 100)]
    [TestCase("kaseb2021", "Table1", "Ethnicity", "Caucasian", "pct", 16.0 / 34 * 100)]
    [TestCase("kaseb2021", "Table2", "Constitutional events", "Fatigue", "grade1_2_pct", 10.0 / 34 * 100)]
    [TestCase("chen2014", "Abstract", "Radiation", "Completed allocated RT", "pct", 82.5)]
    // chow2014 line 30: 2 (7%) CR, 5 (18%) PR, 25% ORR; the printed percentages only fit 28 evaluable patients.
    [TestCase("chow2014", "Abstract", "Best overall response", "Complete response", "pct", 2.0 / 28 * 100)]
    [TestCase("chow2014", "Abstract", "Best overall response", "Partial response", "pct", 5.0 / 28 * 100)]
    [TestCase("chow2014", "Abstract", "Best overall response", "Objective response rate", "pct", 7.0 / 28 * 100)]
    // kaseb2021 abstract line 33: grade III-IV fatigue 3 = Table 2 grade 3 (3) + grade 4 (0).
    [TestCase("kaseb2021", "Abstract", "Grade III–IV adverse events", "Fatigue", "n", 3.0)]
    public void PercentagesAndPooledCountsAreReproduced(string trial, string table, string group, string label, string column, double expected)
    {
        var claim = ClaimOf(trial, table, group, label, column);
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Reproduced), claim.Note);
        Assert.That(claim.Reproduced, Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void ImplicitDenominatorIsInferredAndShown()
    {
        var claim = ClaimOf("chow2014", "Abstract", "Best overall response", "Objective response rate", "pct");
        Assert.That((claim.Denominator, claim.DenominatorInferred), Is.EqualTo(((int?)28, true)));
        Assert.That(claim.Note, Does.Contain("7/28 = 25.00%").And.Contain("complete responses 2 + partial responses 5 = 7")
            .And.Contain("allow 28"));
    }

    [Test]
    public void CaucasianPercentageOfTheResultsConflictsWithTable1()
    {
        // Results line 75: "16 (47.0%)"; Table 1 line 90: 16 (47.1%); 16/34 = 47.06%.
        var claim = ClaimOf("kaseb2021", "Results", "Characteristics", "Caucasian", "pct");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Conflict));
        Assert.That(claim.Reproduced, Is.EqualTo(16.0 / 34 * 100).Within(1e-12));
        Assert.That(claim.ConflictsWith, Does.Contain("kaseb2021/Table1/Ethnicity/Caucasian/pct"));
        Assert.That(claim.Note, Does.Contain("Table 1 line 90 prints 47.1%"));
        Assert.That(ClaimOf("kaseb2021", "Table1", "Ethnicity", "Caucasian", "pct").Status, Is.EqualTo(ClaimStatus.Reproduced));
    }

    [Test]
    public void MedianPfsOfTheAbstractConflictsWithResultsAndTable4()
    {
        // Abstract line 33: 10.4; Results line 214: 10.3; Table 4 line 314: 10.32 (rounds to 10.3, not 10.4);
        // Discussion line 575: 10.5. The discussion's 10.4 (line 399) agrees and is not cited against it.
        var claim = ClaimOf("kaseb2021", "Abstract", "Progression-free survival", "All patients", "median");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Conflict));
        Assert.That(claim.ConflictsWith, Is.EquivalentTo(new[]
        {
            "kaseb2021/Table4/All/All patients/median",
            "kaseb2021/Results/Progression-free survival (34 patients)/All patients/median",
            "kaseb2021/Results/Progression-free survival (discussion: limitations)/All patients/median",
        }));
        // Recomputed from the synthetic patients, whose median is not the printed 10.4.
        Assert.That(claim.Synthetic, Is.True);
        Assert.That(claim.Reproduced, Is.Not.Null);
        Assert.That(Math.Round(claim.Reproduced!.Value, 1), Is.Not.EqualTo(10.4));
    }

    [Test]
    public void SubgroupMedianIsRecomputedFromTheSyntheticPatients()
    {
        // Table 4 line 314: PFS median 10.32 months in all 34 patients; the synthetic patients
        // reproduce every whole-cohort cell.
        var claim = ClaimOf("kaseb2021", "Table4", "All", "All patients", "median");
        Assert.That((claim.Status, claim.Synthetic), Is.EqualTo((ClaimStatus.Reproduced, true)));
        Assert.That(claim.Reproduced!.Value, Is.EqualTo(10.32).Within(0.005 + 1e-12));
        Assert.That(claim.Note, Does.StartWith("synthetic data: "));
    }

    [TestCase("chow2014", "Overall survival", "BCLC stage B", 20.3, "BCLC = Stage B")]
    [TestCase("chow2014", "Overall survival", "BCLC stage C", 8.6, "BCLC = Stage C")]
    [TestCase("park2012", "Time to progression", "BCLC stage C", 5.0, "BCLC = Stage C")]
    public void SubgroupNamedInTheTextIsFoundInThePatientColumns(string trial, string group, string label, double printed, string members)
    {
        // The abstracts print these medians; the synthetic patients keep the stage in column BCLC.
        var claim = ClaimOf(trial, "Abstract", group, label, "median");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Reproduced));
        Assert.That(Math.Round(claim.Reproduced!.Value, 1), Is.EqualTo(printed));
        Assert.That(claim.Note, Does.Contain(members));
    }

    [Test]
    public void PooledAdverseEventCountThatDoesNotAddUpDiffers()
    {
        // Abstract line 33: 5 patients with grade III-IV ALT or AST elevation; Table 2: ALT 2 + 0, AST 3 + 1 = 6 events.
        var claim = ClaimOf("kaseb2021", "Abstract", "Grade III–IV adverse events", "Elevated alanine or aspartate aminotransferase", "n");
        Assert.That((claim.Status, claim.Reproduced), Is.EqualTo((ClaimStatus.Differs, (double?)6)));
        Assert.That(claim.Note, Does.Contain("printed 5").And.Contain("= 6"));
    }

    [TestCase("chow2014", "Abstract", "Protocol", "Sorafenib dose (mg twice daily)", "value", "a protocol parameter (a design choice), not a result to recompute")]
    [TestCase("chow2014", "Abstract", "BCLC stage", "B", "pct", "count not printed; it implies 11 of 29; denominator 29 inferred (not printed)")]
    public void NotReproducibleClaimsSayWhy(string trial, string table, string group, string label, string column, string note)
    {
        var claim = ClaimOf(trial, table, group, label, column);
        Assert.That((claim.Status, claim.Note, claim.Reproduced), Is.EqualTo((ClaimStatus.NotReproducible, note, (double?)null)));
    }
}
