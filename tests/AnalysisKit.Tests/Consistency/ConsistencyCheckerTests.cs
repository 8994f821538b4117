using AnalysisKit.Consistency;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Consistency;

/// <summary>
/// The consistency checker on a constructed trial whose faults are known by construction, and
/// on the real papers (findings verified by hand against the source texts).
/// </summary>
public class ConsistencyCheckerTests
{
    private const string Id = "faulty2024";

    // Sex: 5 + 6 = 11 patients, not 12 (events 4 + 5 = 9 add up). Stage I: all 3 patients had the
    // event, so S(12) is 0, 1/3, 2/3 or 1, never 0.400. Stage II: median 7.7 below its lower limit 8.0.
    // Grade Low: 2 patients, 1 event; S(12) = 0.500 needs the event with both at risk, so
    // σ² = 1/(2·1) and the lower limit is 0.5·exp(−1.96·√0.5) = 0.125, not 0.300.
    private const string Table4 =
        TempTrialData.SurvivalHeader
        + "All,All patients,12,9,7.70,4.40,NA,0.243,0.077,0.766,,,,,1,\n"
        + "Sex,Female,5,4,11.20,5.30,NA,0.300,0.063,1,,,,0.53,2,\n"
        + "Sex,Male,6,5,7.70,3.40,NA,0.200,0.035,1,,,,,3,\n"
        + "Stage,I,3,3,5.00,2.00,NA,0.400,0.100,1,,,,0.2,4,\n"
        + "Stage,II,9,6,7.70,8.00,NA,0.333,0.132,0.840,,,,,5,\n"
        + "Grade,Low,2,1,NA,NA,NA,0.500,0.300,1,,,,0.3,6,\n"
        + "Grade,High,10,8,7.70,4.40,NA,0.300,,,,,,,7,\n";

    // Female 9/34 = 26.47%, printed 30.0%; group X: 10 + 20 = 30 patients, not 34.
    private const string Table1 =
        "row_group,row_label,n,pct,seed_line,note\n"
        + "Sex,Female,9,30.0%,10,\n"
        + "Sex,Male,25,73.5%,11,\n"
        + "X,A,10,29.4%,12,\n"
        + "X,B,20,58.8%,13,\n";

    // The results print the same 9 of 34 as 26.5% (right); the abstract prints median PFS 7.9, Table 4 7.70.
    private const string Statements =
        TempTrialData.StatementsHeader
        + "Results,Characteristics,Female,n,count,number of women,9,9,34,false,20,\n"
        + "Results,Characteristics,Female,pct,percentage,percentage of women,26.5%,26.5,34,false,20,\n"
        + "Abstract,Progression-free survival,All patients,median,median,median PFS (months),7.9,7.9,,,21,\n";

    private static TempTrialData Create() => new(Id,
        [TempTrialData.Statements(), TempTrialData.CountTable("table1.csv", "Table1", 34), TempTrialData.SurvivalTable("table4.csv", "Table4", "PFS")],
        new Dictionary<string, string> { ["statements.csv"] = Statements, ["table1.csv"] = Table1, ["table4.csv"] = Table4 });

    private static string IdOf(string table, string group, string label, string column) => ClaimId.Of(Id, table, group, label, column);

    private static IReadOnlyList<ConsistencyFinding> Findings(TempTrialData data, ConsistencyCheck check) =>
        ConsistencyChecker.Check(TrialCatalog.Open(data.DataRoot).Load(Id)).Where(f => f.Check == check).ToList();

    [Test]
    public void SubgroupsThatDoNotAddUpAreFound()
    {
        using var data = Create();
        var findings = Findings(data, ConsistencyCheck.SubgroupTotal);
        Assert.That(findings.Select(f => f.Explanation), Is.EqualTo(new[]
        {
            "Table 4 'Sex': 5 + 6 = 11 patients, but the whole cohort ('All patients') has 12.",
            "Table 1 'X': 10 + 20 = 30 patients, but the table describes 34 patients.",
        }));
        Assert.That(findings[0].Places.Select(p => p.ClaimId), Is.EqualTo(new[]
        {
            IdOf("Table4", "All", "All patients", "n"), IdOf("Table4", "Sex", "Female", "n"), IdOf("Table4", "Sex", "Male", "n"),
        }));
        Assert.That(findings[0].Places.Select(p => p.SeedLine), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void ImpossibleLandmarkRateIsFound()
    {
        using var data = Create();
        var finding = Findings(data, ConsistencyCheck.LandmarkAttainability).First();
        Assert.That(finding.Contradicted, Is.EqualTo(new[] { IdOf("Table4", "Stage", "I", "s12") }));
        Assert.That(finding.Explanation, Does.Contain("all 3 patients had the event").And.Contain("1/3 = 0.3333, 2/3 = 0.6667").And.Contain("0.400 is none of them"));
    }

    [Test]
    public void LandmarkRateWhoseIntervalNoCurveGivesIsFound()
    {
        using var data = Create();
        var finding = Findings(data, ConsistencyCheck.LandmarkAttainability).Last();
        Assert.That(finding.Explanation, Is.EqualTo(
            "Table 4 'Grade' / 'Low': no Kaplan–Meier curve of 2 patients with 1 event gives 0.500 (0.300, 1) at 12 months "
            + "(every sequence of events and censorings up to then was tried)."));
        Assert.That(finding.Places.Select(p => p.ClaimId), Is.EqualTo(new[] { "n", "events", "s12", "s12_lower", "s12_upper" }.Select(c => IdOf("Table4", "Grade", "Low", c))));
        Assert.That(finding.Contradicted, Is.EqualTo(new[] { "s12", "s12_lower", "s12_upper" }.Select(c => IdOf("Table4", "Grade", "Low", c))));
        Assert.That(Findings(data, ConsistencyCheck.LandmarkAttainability), Has.Count.EqualTo(2), "Grade High's 0.300 is 3/10 with 7 events and nobody censored");
    }

    [Test]
    public void IntervalNotContainingItsEstimateIsFound()
    {
        using var data = Create();
        var finding = Findings(data, ConsistencyCheck.IntervalContainsEstimate).Single();
        Assert.That(finding.Places.Select(p => p.ClaimId), Is.EqualTo(new[]
        {
            IdOf("Table4", "Stage", "II", "median"), IdOf("Table4", "Stage", "II", "median_lower"), IdOf("Table4", "Stage", "II", "median_upper"),
        }));
        Assert.That(finding.Explanation, Does.Contain("the estimate 7.70 lies below its interval [8.00, NA]"));
    }

    [Test]
    public void PercentagesInconsistentWithTheirCountsAreFound()
    {
        using var data = Create();
        var own = Findings(data, ConsistencyCheck.PercentageOfCount).Single();
        Assert.That(own.Explanation, Is.EqualTo(
            "percentage of patients: 9 of 34 (inferred denominator) is 26.471%, which prints as 26.5% at one decimal, not 30.0%."));
        Assert.That(own.Places.Select(p => p.ClaimId), Is.EqualTo(new[] { IdOf("Table1", "Sex", "Female", "n"), IdOf("Table1", "Sex", "Female", "pct") }));

        var twice = Findings(data, ConsistencyCheck.SameFractionPrintedDifferently).Single();
        Assert.That(twice.Contradicted, Is.EqualTo(new[] { IdOf("Table1", "Sex", "Female", "pct") }));
        Assert.That(twice.Explanation, Does.Contain("9 of 34 is printed as 26.5% (Results line 20) and as 30.0% (Table 1 line 10)"));

        var ledger = ReproductionLedger.Reproduce(TrialCatalog.Open(data.DataRoot).Load(Id));
        var table = ledger.Claims.Single(c => c.Id == IdOf("Table1", "Sex", "Female", "pct"));
        var text = ledger.Claims.Single(c => c.Id == IdOf("Results", "Characteristics", "Female", "pct"));
        Assert.That((table.Status, text.Status), Is.EqualTo((ClaimStatus.Conflict, ClaimStatus.Reproduced)));
        Assert.That(table.ConflictsWith, Is.EqualTo(new[] { text.Id }));
    }

    [Test]
    public void SameMedianPrintedDifferentlyIsFound()
    {
        using var data = Create();
        var finding = Findings(data, ConsistencyCheck.SameQuantityPrintedDifferently).Single(f => f.Places.Any(p => p.ClaimId.EndsWith("/median", StringComparison.Ordinal)));
        Assert.That(finding.Contradicted, Is.EquivalentTo(new[]
        {
            IdOf("Table4", "All", "All patients", "median"), IdOf("Abstract", "Progression-free survival", "All patients", "median"),
        }));
    }

    [Test]
    public void SubgroupSizePrintedDifferentlyInTwoTablesIsFound()
    {
        // Table 1 line 10: 9 women; Table 4 line 2: 5 women.
        using var data = Create();
        var finding = Findings(data, ConsistencyCheck.SameQuantityPrintedDifferently).Single(f => f.Places.Any(p => p.ClaimId == IdOf("Table1", "Sex", "Female", "n")));
        Assert.That(finding.Places.Select(p => p.ClaimId), Is.EqualTo(new[] { IdOf("Table1", "Sex", "Female", "n"), IdOf("Table4", "Sex", "Female", "n") }));
        Assert.That(finding.Explanation, Is.EqualTo("the number of patients with Sex = Female is printed 9 (Table 1 line 10), 5 (Table 4 line 2); the tables describe the same patients."));
    }

    [Test]
    public void ConsistentInputsGiveNoFindings()
    {
        using var data = new TempTrialData(Id, [TempTrialData.CountTable("table1.csv", "Table1", 34)],
            new Dictionary<string, string> { ["table1.csv"] = "row_group,row_label,n,pct,seed_line,note\nSex,Female,9,26.5%,10,\nSex,Male,25,73.5%,11,\n" });
        Assert.That(ConsistencyChecker.Check(TrialCatalog.Open(data.DataRoot).Load(Id)), Is.Empty);
    }
}

/// <summary>Findings on the five papers, each checked by hand against the source texts.</summary>
public class PublishedConsistencyTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
    private static readonly IReadOnlyList<ConsistencyFinding> Kaseb = ConsistencyChecker.Check(Catalog.Load("kaseb2021"));

    [Test]
    public void MedianPfsIsPrinted103And104And105And1032()
    {
        // Abstract line 33 "10.4", Results line 214 "10.3", Table 4 line 314 "10.32",
        // Discussion line 399 "median PFS of 10.4 months", line 575 "median PFS was 10.5 months".
        var finding = Kaseb.Single(f => f.Check == ConsistencyCheck.SameQuantityPrintedDifferently && f.Places.Any(p => p.ClaimId == "kaseb2021/Table4/All/All patients/median"));
        Assert.That(finding.Places.Select(p => (p.Source, p.SeedLine, p.Printed)), Is.EquivalentTo(new[]
        {
            ("Table 4", 314, "10.32"), ("Abstract", 33, "10.4"), ("Results", 214, "10.3"), ("Results", 399, "10.4"), ("Results", 575, "10.5"),
        }));
    }

    [Test]
    public void MedianOsIsPrinted132AndTable5Prints1225()
    {
        var finding = Kaseb.Single(f => f.Check == ConsistencyCheck.SameQuantityPrintedDifferently && f.Places.Any(p => p.ClaimId == "kaseb2021/Table5/All/All patients/median"));
        // Table 5 line 408; Abstract line 33, Results line 214 and Discussion line 401 print 13.2
        Assert.That(finding.Places.Select(p => p.Printed), Is.EquivalentTo(new[] { "12.25", "13.2", "13.2", "13.2" }));
    }

    [Test]
    public void OsLogRankPOfCirrhosisIs0005InTheTextAnd0003InTable5()
    {
        var finding = Kaseb.Single(f => f.Places.Any(p => p.ClaimId == "kaseb2021/Results/OS log-rank/Evidence of cirrhosis/p"));
        Assert.That(finding.Places.Select(p => (p.Printed, p.SeedLine)), Is.EqualTo(new[] { ("0.005", 214), ("0.003", 456) }));
    }

    [Test]
    public void PfsLogRankPsOfTheTextAgreeWithTable4()
    {
        // Results line 214: 0.002, 0.044, 0.028, 0.022, 0.015, each printed in Table 4 for the named row group.
        Assert.That(Kaseb.Where(f => f.Places.Any(p => p.ClaimId.StartsWith("kaseb2021/Results/PFS log-rank/", StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public void SixteenOf34IsPrinted470And471()
    {
        var finding = Kaseb.Single(f => f.Check == ConsistencyCheck.SameFractionPrintedDifferently && f.Explanation.StartsWith("16 of 34", StringComparison.Ordinal));
        Assert.That(finding.Contradicted, Is.EquivalentTo(new[]
        {
            "kaseb2021/Abstract/Best response/Stable disease/pct",
            "kaseb2021/Results/Characteristics/Caucasian/pct",
            "kaseb2021/Results/Response (34 patients)/Stable disease/pct",
        }));
    }

    [Test]
    public void HepatitisCOnlyRatesAreImpossible()
    {
        // Table 4 line 339: n 7, events 7, S(12) 0.167 (1/7 = 0.143, 2/7 = 0.286); Table 5 line 431: 7, 7, 0.333.
        // Table 6 line 510: n 7, events 5, 0.278 (0.054, 1): 0.278 is reachable (5/6·2/3·1/2 = 0.2778),
        // but no sequence of events and censorings gives it with that interval and 5 events in all.
        var landmarks = Kaseb.Where(f => f.Check == ConsistencyCheck.LandmarkAttainability).SelectMany(f => f.Contradicted);
        Assert.That(landmarks, Is.EquivalentTo(new[]
        {
            "kaseb2021/Table4/Hepatitis/Hepatitis C only/s12", "kaseb2021/Table5/Hepatitis/Hepatitis C only/s12",
            "kaseb2021/Table6/Hepatitis/Hepatitis C only/s12", "kaseb2021/Table6/Hepatitis/Hepatitis C only/s12_lower",
            "kaseb2021/Table6/Hepatitis/Hepatitis C only/s12_upper",
        }));
    }

    [Test]
    public void SubgroupsOfKaseb2021AddUp()
    {
        // Every row group of Tables 4-6 sums to 34 patients and to the All row's events; every Table 1 group to 34.
        Assert.That(Kaseb.Where(f => f.Check == ConsistencyCheck.SubgroupTotal), Is.Empty);
    }

    [Test]
    public void SubgroupSizesAgreeBetweenTable1AndTables4To6()
    {
        // 67 row group/label pairs are printed in more than one of Tables 1, 4, 5, 6; each with the same n.
        Assert.That(Kaseb.Where(f => f.Check == ConsistencyCheck.SameQuantityPrintedDifferently && f.Explanation.StartsWith("the number of patients", StringComparison.Ordinal)
                                     && f.Places.All(p => p.Source.StartsWith("Table ", StringComparison.Ordinal))), Is.Empty);
    }
}
