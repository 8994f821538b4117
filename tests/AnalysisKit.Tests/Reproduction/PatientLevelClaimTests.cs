using System.Text.Json;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The ledger's patient-level path on a small synthetic trial (12 patients, tests/reference/
/// reproduction/small_ipd.csv): medians, their CIs, 12-month rates with CIs and the log-rank p
/// recomputed by the kit against R (small_ipd_reference.R: survfit with conf.type = "log",
/// summary(fit, times = 12), survdiff). Tolerance 1e-6 relative (absolute 1e-12 at 0).
/// </summary>
public class PatientLevelClaimTests
{
    private const double Relative = 1e-6;
    private const string Id = "demo2024";

    private static readonly JsonElement R =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/small_ipd_reference.json"))).RootElement;

    // Printed as a paper would print R's numbers; the Male median is printed 7.90 although R gives 7.7.
    private const string Table =
        TempTrialData.SurvivalHeader
        + "All,All patients,12,9,7.70,4.40,NA,0.243,0.077,0.766,,,,,1,\n"
        + "Sex,Female,5,4,11.20,5.30,NA,0.300,0.063,1,,,,0.53,2,\n"
        + "Sex,Male,7,5,7.90,3.40,NA,0.190,0.034,1,,,,,3,\n";

    private const string Statements =
        TempTrialData.StatementsHeader
        + "Results,Progression-free survival (12 patients),All patients,median,median,median PFS of the 12 patients (months),7.7,7.7,,,4,\n"
        + "Results,Progression-free survival (38 patients),All patients,median,median,median PFS of the 38 patients (months),10.4,10.4,,,4,\n"
        + "Results,PFS log-rank,Sex,p,p_value,log-rank p of PFS by sex,0.53,0.53,,,4,\n";

    private static TempTrialData Create(bool withPatients)
    {
        var contents = new Dictionary<string, string> { ["statements.csv"] = Statements, ["table4.csv"] = Table };
        if (withPatients) contents["ipd.csv"] = File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/small_ipd.csv"));
        return new TempTrialData(Id, [TempTrialData.Statements(), TempTrialData.SurvivalTable("table4.csv", "Table4", "PFS")], contents);
    }

    private static TrialReproduction Reproduce(TempTrialData data) =>
        ReproductionLedger.Reproduce(TrialCatalog.Open(data.DataRoot).Load(Id));

    private static Claim ClaimOf(TrialReproduction ledger, string table, string group, string label, string column) =>
        ledger.Claims.Single(c => c.Id == ClaimId.Of(Id, table, group, label, column));

    private static void AssertClose(double? actual, double expected)
    {
        Assert.That(actual, Is.Not.Null);
        Assert.That(actual!.Value, Is.EqualTo(expected).Within(Math.Max(Math.Abs(expected) * Relative, 1e-12)));
    }

    [TestCase("All", "All patients", "all")]
    [TestCase("Sex", "Female", "female")]
    [TestCase("Sex", "Male", "male")]
    public void SurvivalCellsAreRecomputedAsRDoes(string group, string label, string reference)
    {
        using var data = Create(withPatients: true);
        var ledger = Reproduce(data);
        var expected = R.GetProperty(reference);
        foreach (var column in new[] { "n", "events", "median", "median_lower", "s12", "s12_lower", "s12_upper" })
        {
            var claim = ClaimOf(ledger, "Table4", group, label, column);
            AssertClose(claim.Reproduced, expected.GetProperty(column).GetDouble());
            Assert.That(claim.Synthetic, Is.True, claim.Id);
            Assert.That(claim.Note, Does.StartWith("synthetic data: "), claim.Id);
        }
        // R's upper limit of the median is NA (the upper band never reaches 0.5); the paper prints NA.
        Assert.That(expected.GetProperty("median_upper").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var upper = ClaimOf(ledger, "Table4", group, label, "median_upper");
        Assert.That((upper.Reproduced, upper.Status), Is.EqualTo(((double?)null, ClaimStatus.Reproduced)));
    }

    [Test]
    public void StatusesFollowThePrintedRounding()
    {
        using var data = Create(withPatients: true);
        var ledger = Reproduce(data);
        Assert.That(ClaimOf(ledger, "Table4", "Sex", "Female", "median").Status, Is.EqualTo(ClaimStatus.Reproduced));   // 11.2 -> "11.20"
        Assert.That(ClaimOf(ledger, "Table4", "All", "All patients", "s12").Status, Is.EqualTo(ClaimStatus.Reproduced)); // 0.24306 -> "0.243"
        var male = ClaimOf(ledger, "Table4", "Sex", "Male", "median");                                                   // 7.7, printed 7.90
        Assert.That(male.Status, Is.EqualTo(ClaimStatus.Differs));
        AssertClose(male.Reproduced, R.GetProperty("male").GetProperty("median").GetDouble());
        Assert.That(male.Note, Does.Contain("printed 7.90"));
        Assert.That(ledger.SyntheticData, Is.True);
    }

    [Test]
    public void LogRankPIsRecomputedForTheTableAndTheSentence()
    {
        using var data = Create(withPatients: true);
        var ledger = Reproduce(data);
        var expected = R.GetProperty("logrank_p").GetDouble();  // 0.5275, printed 0.53
        var table = ClaimOf(ledger, "Table4", "Sex", "Female", "p");
        var sentence = ClaimOf(ledger, "Results", "PFS log-rank", "Sex", "p");
        AssertClose(table.Reproduced, expected);
        AssertClose(sentence.Reproduced, expected);
        // A subgroup table drops trailing zeros, so its "0.53" is compared at 3 decimals (0.530:
        // 0.5275 differs); the sentence's "0.53" is compared at its 2 printed decimals.
        Assert.That((table.Status, sentence.Status), Is.EqualTo((ClaimStatus.Differs, ClaimStatus.Reproduced)));
    }

    [Test]
    public void SentencesUseTheWholeCohortOnlyForTheirOwnPopulation()
    {
        using var data = Create(withPatients: true);
        var ledger = Reproduce(data);
        var twelve = ClaimOf(ledger, "Results", "Progression-free survival (12 patients)", "All patients", "median");
        AssertClose(twelve.Reproduced, R.GetProperty("all").GetProperty("median").GetDouble());
        Assert.That(twelve.Status, Is.EqualTo(ClaimStatus.Reproduced));
        var other = ClaimOf(ledger, "Results", "Progression-free survival (38 patients)", "All patients", "median");
        Assert.That(other.Status, Is.EqualTo(ClaimStatus.NotReproducible));
        Assert.That(other.Note, Does.Contain("38 patients").And.Contain("hold 12"));
    }

    [Test]
    public void SentencesAboutEveryEnrolledPatientAddTheOtherPatientFiles()
    {
        // small_ipd_other.csv: 3 patients enrolled outside the analysed 12 (an ipd_*.csv file);
        // R reference: small_ipd_enrolled_reference.R on all 15 (median 5.3 (3, NA), 12 events).
        var enrolled = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/small_ipd_enrolled_reference.json"))).RootElement;
        var statements = Statements
            + "Results,Progression-free survival (15 patients),All patients,events,count,PFS events among the 15 patients,12,12,15,false,5,\n"
            + "Results,Progression-free survival (15 patients),All patients,median,median,median PFS of the 15 patients (months),5.3,5.3,,,5,\n"
            + "Results,Progression-free survival (15 patients),All patients,median_lower,ci_lower,lower limit (months),3.0,3.0,,,5,\n"
            + "Results,Progression-free survival (15 patients),All patients,median_upper,ci_upper,upper limit (months),NA,NA,,,5,\n";
        var contents = new Dictionary<string, string>
        {
            ["statements.csv"] = statements,
            ["table4.csv"] = Table,
            ["ipd.csv"] = File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/small_ipd.csv")),
            ["ipd_other.csv"] = File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/small_ipd_other.csv")),
        };
        using var data = new TempTrialData(Id, [TempTrialData.Statements(), TempTrialData.SurvivalTable("table4.csv", "Table4", "PFS")], contents);
        var ledger = Reproduce(data);
        const string group = "Progression-free survival (15 patients)";
        AssertClose(ClaimOf(ledger, "Results", group, "All patients", "events").Reproduced, enrolled.GetProperty("events").GetDouble());
        AssertClose(ClaimOf(ledger, "Results", group, "All patients", "median").Reproduced, enrolled.GetProperty("median").GetDouble());
        AssertClose(ClaimOf(ledger, "Results", group, "All patients", "median_lower").Reproduced, enrolled.GetProperty("median_lower").GetDouble());
        Assert.That(enrolled.GetProperty("median_upper").ValueKind, Is.EqualTo(JsonValueKind.Null));
        foreach (var column in new[] { "events", "median", "median_lower", "median_upper" })
        {
            var claim = ClaimOf(ledger, "Results", group, "All patients", column);
            Assert.That(claim.Status, Is.EqualTo(ClaimStatus.Reproduced), claim.Id);
            Assert.That(claim.Note, Does.Contain("15 patients with all patients enrolled (ipd.csv + ipd_other.csv)"), claim.Id);
        }
        // The 12 analysed patients still answer for their own sentence and the table.
        AssertClose(ClaimOf(ledger, "Results", "Progression-free survival (12 patients)", "All patients", "median").Reproduced,
            R.GetProperty("all").GetProperty("median").GetDouble());
        AssertClose(ClaimOf(ledger, "Table4", "All", "All patients", "median").Reproduced, R.GetProperty("all").GetProperty("median").GetDouble());
        var other = ClaimOf(ledger, "Results", "Progression-free survival (38 patients)", "All patients", "median");
        Assert.That(other.Status, Is.EqualTo(ClaimStatus.NotReproducible));
        Assert.That(other.Note, Does.Contain("hold 12").And.Contain("15 with every enrolled patient"));
    }

    [Test]
    public void WithoutPatientDataSurvivalClaimsNameTheReconstruction()
    {
        using var data = Create(withPatients: false);
        var ledger = Reproduce(data);
        var claim = ClaimOf(ledger, "Table4", "Sex", "Female", "median");
        Assert.That(claim.Status, Is.EqualTo(ClaimStatus.NotReproducible));
        Assert.That(claim.Note, Is.EqualTo("no patient-level data; the kit reconstructs synthetic patients with `analysis-kit reconstruct`"));
        Assert.That(claim.Reproduced, Is.Null);
        Assert.That(ledger.SyntheticData, Is.False);
    }
}

/// <summary>Patient-level columns are found when the tables spell a name with another dash.</summary>
public class PatientColumnNameTests
{
    [Test]
    public void RowGroupWithAHyphenFindsTheColumnWithAnEnDash()
    {
        // Child–Pugh A: 3 patients (2 events), B: 1 patient (1 event).
        const string table = TempTrialData.SurvivalHeader
            + "All,All patients,4,3,,,,,,,,,,,1,\n"
            + "Child-Pugh,A,3,2,,,,,,,,,,,2,\n"
            + "Child-Pugh,B,1,1,,,,,,,,,,,3,\n";
        const string ipd = "patient,synthetic,Child–Pugh,os_months,os_event\n1,true,A,2,1\n2,true,A,4,0\n3,true,A,6,1\n4,true,B,3,1\n";
        using var data = new TempTrialData("dash2024", [TempTrialData.SurvivalTable("table5.csv", "Table5", "OS")],
            new Dictionary<string, string> { ["table5.csv"] = table, ["ipd.csv"] = ipd });
        var ledger = ReproductionLedger.Reproduce(TrialCatalog.Open(data.DataRoot).Load("dash2024"));
        var claims = ledger.Claims.Where(c => c.RowGroup == "Child-Pugh").ToDictionary(c => (c.RowLabel, c.Column), c => c);
        Assert.That(claims[("A", "n")].Reproduced, Is.EqualTo(3));
        Assert.That(claims[("A", "events")].Reproduced, Is.EqualTo(2));
        Assert.That(claims[("B", "n")].Reproduced, Is.EqualTo(1));
        Assert.That(claims.Values.Select(c => c.Status), Is.All.EqualTo(ClaimStatus.Reproduced));
    }
}
