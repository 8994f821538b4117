using AnalysisKit.Consistency;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Trials;

/// <summary>
/// Rows of the data files checked against the papers: every expected value below was copied by
/// hand from the source texts (kaseb2021 Tables 1–6, results and abstract; the four abstracts),
/// with the source line in the comment. An empty string means the paper prints nothing there.
/// </summary>
public class PublishedNumbersTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
    private static readonly Trial Kaseb = Catalog.Load("kaseb2021");

    //         table     row group  row label  n  events median lower upper s12 lower upper s24 lower upper p
    [TestCase("Table4", "All", "All patients", "34", "33", "10.32", "5.78", "14.36", "0.441", "0.302", "0.644", "0.118", "0.047", "0.295", "")] // 314
    [TestCase("Table4", "Sex", "Female", "9", "9", "12.25", "5.72", "NA", "0.556", "0.31", "0.997", "0.222", "0.065", "0.754", "0.175")] // 315
    [TestCase("Table4", "Pathology", "Missing", "14", "14", "9.07", "5.72", "18.79", "0.357", "0.177", "0.721", "", "", "", "0.296")] // 317
    [TestCase("Table4", "Child–Pugh", "B", "1", "1", "19.48", "NA", "NA", "1", "1", "1", "", "", "", "")] // 321
    [TestCase("Table4", "CLIP", "Stage 4–6", "1", "1", "4.63", "NA", "NA", "", "", "", "", "", "", "")] // 326
    [TestCase("Table4", "TNM", "Stage IVA", "6", "6", "4.16", "3.06", "NA", "0.167", "0.028", "0.997", "0.167", "0.028", "0.997", "")] // 335
    [TestCase("Table4", "Hepatitis", "Hepatitis B only", "3", "2", "17.54", "5.78", "NA", "0.667", "0.3", "1", "0.333", "0.067", "1", "0.002")] // 337
    [TestCase("Table4", "Alcohol abuse", "Missing", "1", "1", "2.76", "NA", "NA", "", "", "", "", "", "", "0.04")] // 344
    [TestCase("Table4", "Family history of HCC", "Missing", "2", "2", "5.22", "4.66", "NA", "", "", "", "", "", "", "0.013")] // 355
    [TestCase("Table4", "Number of nodules", ">3", "20", "19", "9", "5.72", "18.79", "0.4", "0.234", "0.684", "0.05", "0.007", "0.338", "")] // 372
    [TestCase("Table4", "Tumor nodularity", "Multinodular", "28", "27", "7.15", "5.22", "13.04", "0.357", "0.217", "0.587", "0.036", "0.005", "0.245", "0.032")] // 373
    [TestCase("Table4", "Tumor morphology", "Massive/extension ≥50%", "7", "6", "11.07", "4.63", "NA", "0.429", "0.182", "1", "0.143", "0.023", "0.877", "0.049")] // 377
    [TestCase("Table4", "ECOG", "0", "14", "14", "7.15", "4.66", "30.35", "0.429", "0.234", "0.785", "0.143", "0.04", "0.515", "0.636")] // 385
    [TestCase("Table4", "Vascular invasion", "Yes", "9", "8", "5.22", "3.06", "NA", "0.222", "0.065", "0.754", "0.111", "0.018", "0.705", "")] // 388
    [TestCase("Table5", "All", "All patients", "34", "32", "12.25", "7.75", "19.48", "0.58", "0.435", "0.775", "0.244", "0.134", "0.446", "")] // 408
    [TestCase("Table5", "Hepatitis", "Hepatitis B only", "3", "1", "NA", "5.58", "NA", "0.667", "0.3", "1", "0.667", "0.3", "1", "0.01")] // 429
    [TestCase("Table5", "Alcohol abuse", "Missing", "1", "1", "2.76", "NA", "NA", "", "", "", "", "", "", "<0.001")] // 436
    [TestCase("Table5", "Evidence of cirrhosis", "No", "12", "10", "25.07", "16.92", "NA", "0.917", "0.773", "1", "0.55", "0.322", "0.938", "0.003")] // 456
    [TestCase("Table5", "Metabolic syndrome", "No", "14", "13", "7.75", "5.58", "NA", "0.321", "0.145", "0.712", "0.161", "0.045", "0.568", "0.1")] // 458
    [TestCase("Table5", "Prior treatment", "Surgery or transplant", "2", "2", "25", "11.47", "NA", "0.5", "0.125", "1", "0.5", "0.125", "1", "")] // 476
    [TestCase("Table5", "TNM", "Stage IVB", "4", "3", "13.67", "2.53", "NA", "0.75", "0.426", "1", "0.375", "0.084", "1", "")] // 428
    [TestCase("Table5", "Nonalcoholic fatty liver disease", "No", "29", "28", "14.36", "7.75", "20.3", "0.613", "0.457", "0.822", "0.252", "0.133", "0.478", "0.534")] // 452
    [TestCase("Table5", "Smoking", "No", "20", "19", "12.25", "7.06", "35.38", "0.589", "0.406", "0.855", "0.268", "0.127", "0.565", "")] // 434
    [TestCase("Table5", "History of cancer", "Yes", "2", "1", "7.46", "NA", "NA", "", "", "", "", "", "", "")] // 440
    [TestCase("Table5", "Family history of HCC", "Missing", "2", "1", "6.93", "NA", "NA", "", "", "", "", "", "", "<0.001")] // 447
    [TestCase("Table5", "Hypertension", "No", "7", "6", "11.47", "7.75", "NA", "0.343", "0.112", "1", "0.171", "0.029", "1", "0.688")] // 450
    [TestCase("Table6", "All", "All patients", "34", "22", "10.38", "5.78", "18.79", "0.461", "0.298", "0.713", "0.068", "0.011", "0.418", "")] // 487
    [TestCase("Table6", "Child-Pugh", "B", "1", "0", "NA", "NA", "NA", "1", "1", "1", "", "", "", "")] // 494
    [TestCase("Table6", "Smoking", "Missing", "2", "0", "NA", "NA", "NA", "", "", "", "", "", "", "0.736")] // 512
    [TestCase("Table6", "TNM", "Stage I", "4", "2", "21.75", "13.14", "NA", "1", "1", "1", "0.5", "0.125", "1", "0.023")] // 502
    [TestCase("Table6", "Number of nodules", "1", "6", "3", "13.14", "13.14", "NA", "0.833", "0.583", "1", "0.417", "0.1", "1", "0.085")] // 541
    [TestCase("Table6", "Steatosis", "Yes", "9", "3", "13.14", "3.06", "NA", "0.711", "0.433", "1", "", "", "", "")] // 534
    [TestCase("Table6", "Metastasis", "None", "30", "18", "12.98", "6.54", "23.03", "0.544", "0.364", "0.813", "0.081", "0.013", "0.489", "0.008")] // 551
    [TestCase("Table6", "Vascular invasion", "No", "25", "16", "12.98", "6.54", "NA", "0.545", "0.36", "0.826", "0.091", "0.015", "0.546", "0.057")] // 558
    [TestCase("Table6", "Hypertension", "Yes", "27", "18", "12.98", "5.72", "23.03", "0.555", "0.378", "0.815", "0.082", "0.014", "0.498", "")] // 530
    [TestCase("Table6", "Portal vein thrombosis", "Yes", "8", "6", "4.63", "2.73", "NA", "0.194", "0.035", "1", "", "", "", "")] // 540
    public void SubgroupSurvivalRowsMatchThePaper(string table, string group, string label, params string[] expected)
    {
        var row = Kaseb.SurvivalTable(table).Row(group, label);
        var columns = Kaseb.SurvivalTable(table).ValueColumns;
        var printed = columns.Select(c => row.Cell(c)?.Text ?? "").ToArray();
        Assert.That(printed, Is.EqualTo(expected));
        foreach (var (column, text) in columns.Zip(expected))
        {
            var value = Kaseb.Find(ClaimId.Of("kaseb2021", table, group, label, column));
            Assert.That(value?.Text ?? "", Is.EqualTo(text), column);
        }
    }

    //         table     row group  row label  expected "column=text" cells ("column=" means not printed)
    [TestCase("Table1", "Sex", "Female", "n=9", "pct=26.5%")] // 84
    [TestCase("Table1", "Ethnicity", "Caucasian", "n=16", "pct=47.1%")] // 90
    [TestCase("Table1", "Family history of cancer", "No", "n=17", "pct=50%")] // 110
    [TestCase("Table1", "Autoimmune hepatitis", "No", "n=34", "pct=100%")] // 129
    [TestCase("Table1", "ECOG", "I", "n=20", "pct=58.8%")] // 139
    [TestCase("Table1", "Number of nodules", "2–3", "n=8", "pct=23.5%")] // 145
    [TestCase("Table1", "Tumor nodularity", "Multinodular", "n=28", "pct=82.4%")] // 147
    [TestCase("Table1", "Encephalopathy", "Grade 1–2", "n=1", "pct=2.9%")] // 155
    [TestCase("Table1", "Prior treatment", "Local therapy (chemoembolization)", "n=4", "pct=11.8%")] // 159
    [TestCase("Table1", "Okuda", "Stage III", "n=0", "pct=0%")] // 181
    [TestCase("Table1", "INR, Child–Pugh", "1.7", "n=34", "pct=100%")] // 182
    [TestCase("Table1", "AFP, CLIP", "≥400", "n=7", "pct=20.6%")] // 190
    [TestCase("Table1", "Mean ± SD, median (range)", "BMI", "n=34", "mean=28.65", "sd=4.06", "median=27.86", "range_lower=21.44", "range_upper=39.05")] // 192
    [TestCase("Table1", "Mean ± SD, median (range)", "Age at study enrollment", "n=34", "mean=66.71", "sd=8.5", "median=66.5", "range_lower=42", "range_upper=82")] // 193
    [TestCase("Table1", "Mean ± SD, median (range)", "Tumor size (cm)", "n=34", "mean=8.85", "sd=4.7", "median=8.6", "range_lower=2.3", "range_upper=21.3")] // 194
    [TestCase("Table2", "Constitutional events", "Fatigue", "grade1_2_n=10", "grade1_2_pct=29.4", "grade3_n=3", "grade3_pct=8.8", "grade4_n=0", "grade4_pct=")] // 222
    [TestCase("Table2", "Gastrointestinal events", "Diarrhea", "grade1_2_n=12", "grade1_2_pct=35.3", "grade3_n=2", "grade3_pct=5.9", "grade4_n=0", "grade4_pct=")] // 229
    [TestCase("Table2", "Dermatological events", "Palmar–plantar erythrodysesthesia", "grade1_2_n=6", "grade1_2_pct=17.6", "grade3_n=1", "grade3_pct=2.9", "grade4_n=0", "grade4_pct=")] // 236
    [TestCase("Table2", "Gastrointestinal", "Nosebleed", "grade1_2_n=1", "grade1_2_pct=2.9", "grade3_n=0", "grade3_pct=", "grade4_n=0", "grade4_pct=")] // 239
    [TestCase("Table2", "Other", "Elevated aspartate aminotransferase", "grade1_2_n=6", "grade1_2_pct=17.6", "grade3_n=3", "grade3_pct=8.8", "grade4_n=1", "grade4_pct=2.9")] // 247
    [TestCase("Table2", "Other", "Hyponatremia", "grade1_2_n=0", "grade1_2_pct=", "grade3_n=1", "grade3_pct=2.9", "grade4_n=0", "grade4_pct=")] // 249
    [TestCase("Table2", "Other", "Hypertension", "grade1_2_n=7", "grade1_2_pct=20.6", "grade3_n=4", "grade3_pct=11.8", "grade4_n=0", "grade4_pct=")] // 251
    [TestCase("Table2", "Other", "Encephalopathy", "grade1_2_n=0", "grade1_2_pct=", "grade3_n=1", "grade3_pct=2.9", "grade4_n=0", "grade4_pct=")] // 274
    [TestCase("Table2", "Other", "Neoplasms — benign, malignant, and unspecified*", "grade1_2_n=1", "grade1_2_pct=2.9", "grade3_n=0", "grade3_pct=", "grade4_n=0", "grade4_pct=")] // 280
    [TestCase("Table3", "CT at week 16", "Off-study", "n=2", "pct=5.8%")] // 292
    [TestCase("Table3", "CT at week 16", "SD", "n=16", "pct=47.1%")] // 295
    public void CountRowsMatchThePaper(string table, string group, string label, params string[] cells)
    {
        var row = Kaseb.CountTable(table).SelectMany(t => t.Rows).Single(r => r.RowGroup == group && r.RowLabel == label);
        foreach (var cell in cells)
        {
            var (column, text) = (cell[..cell.IndexOf('=')], cell[(cell.IndexOf('=') + 1)..]);
            Assert.That(row[column]?.Text ?? "", Is.EqualTo(text), column);
            Assert.That(Kaseb.Find(ClaimId.Of("kaseb2021", table, group, label, column))?.Text ?? "", Is.EqualTo(text), column);
        }
    }

    //         trial        table       row group  row label  column  printed  value  seed line
    [TestCase("chow2014", "Abstract", "Patients", "Treated", "n", "Twenty-nine", 29.0, 30)]
    [TestCase("chow2014", "Abstract", "Best overall response", "Stable disease", "pct", "54%", 54.0, 30)]
    [TestCase("chow2014", "Abstract", "Overall survival", "BCLC stage B", "median", "20.3", 20.3, 30)]
    [TestCase("chen2014", "Abstract", "Initial response", "Complete or partial remission", "pct", "55.0%", 55.0, 10)]
    [TestCase("chen2014", "Abstract", "Survival", "Infield progression-free survival", "s24", "39%", 39.0, 10)]
    [TestCase("park2012", "Abstract", "Time to progression", "All patients", "median_upper", "7.5", 7.5, 10)]
    [TestCase("park2012", "Abstract", "Progression-free survival", "All patients", "s6_lower", "37.3", 37.3, 10)]
    [TestCase("park2012", "Abstract", "Sorafenib", "Dose intensity (% of 800 mg daily)", "median", "68.7%", 68.7, 10)]
    [TestCase("kim2020", "Abstract", "Overall survival", "Entire cohort", "median", "24.6", 24.6, 10)]
    [TestCase("kim2020", "Abstract", "Treatment-related adverse events", "Hand-foot skin reaction", "pct", "34%", 34.0, 10)]
    [TestCase("kaseb2021", "Abstract", "Best response", "Stable disease", "pct", "47.0%", 47.0, 33)]
    [TestCase("kaseb2021", "Abstract", "Characteristics", "Vascular invasion", "n", "nine", 9.0, 33)]
    [TestCase("kaseb2021", "Results", "Progression-free survival (34 patients)", "All patients", "median", "10.3", 10.3, 214)]
    [TestCase("kaseb2021", "Results", "Overall survival (38 patients)", "All patients", "median", "13.9", 13.9, 214)]
    [TestCase("kaseb2021", "Results", "OS log-rank", "Evidence of cirrhosis", "p", "0.005", 0.005, 214)]
    [TestCase("kaseb2021", "Results", "Characteristics", "Multifocal tumors", "pct", "82.3%", 82.3, 75)]
    [TestCase("kaseb2021", "Results", "Response (38 patients)", "Off study for toxicity", "pct", "13.2%", 13.2, 210)]
    [TestCase("kaseb2021", "Results", "Dosimetry", "Uptake ratio paired difference", "ci_lower", "–3", -3.0, 309)]
    public void StatementsMatchThePaper(string trial, string table, string group, string label, string column, string printed, double value, int seedLine)
    {
        var found = Catalog.Load(trial).Find(ClaimId.Of(trial, table, group, label, column));
        Assert.That(found, Is.Not.Null);
        Assert.That(found!.Text, Is.EqualTo(printed));
        Assert.That(found.Value, Is.EqualTo(value).Within(1e-12));
        Assert.That(found.SeedLine, Is.EqualTo(seedLine));
    }

    [Test]
    public void PercentagesKeepTheDecimalsEachPlacePrints()
    {
        // 16 of 34 with stable disease: 47.0% in the abstract (line 33) and results (210), 47.1% in Table 3 (295).
        var abstractValue = Kaseb.Find("kaseb2021/Abstract/Best response/Stable disease/pct")!;
        var tableValue = Kaseb.Find("kaseb2021/Table3/CT at week 16/SD/pct")!;
        Assert.That((abstractValue.Decimals, tableValue.Decimals), Is.EqualTo(((int?)1, (int?)1)));
        Assert.That(PrintedAgreement.Agrees(100.0 * 16 / 34, abstractValue.Printed), Is.False);
        Assert.That(PrintedAgreement.Agrees(100.0 * 16 / 34, tableValue.Printed), Is.True);
        Assert.That((tableValue.Denominator, tableValue.DenominatorInferred), Is.EqualTo(((int?)34, true)));
        Assert.That(tableValue.Printed.IsPercent, Is.True);
    }

    [TestCase("kaseb2021/Table2/Other/Hypertension/grade3_pct", "grade3_n", "4")] // line 251: 4 (11.8)
    [TestCase("kaseb2021/Table1/Sex/Female/pct", "n", "9")] // line 84: 9 (26.5%)
    [TestCase("kaseb2021/Results/Sorafenib/Dose reduction for adverse events/pct", "n", "23")] // line 198: 23 (67.6%)
    public void PercentagesPointToTheirCount(string id, string countColumn, string count)
    {
        var pct = Kaseb.Find(id)!;
        Assert.That(pct.CountColumn, Is.EqualTo(countColumn));
        var countId = ClaimId.Of(pct.Trial, pct.Table, pct.RowGroup, pct.RowLabel, countColumn);
        Assert.That(Kaseb.Find(countId)!.Text, Is.EqualTo(count));
        Assert.That(Kaseb.Find(countId)!.CountColumn, Is.Null);
    }

    [Test]
    public void DenominatorsAreFlaggedWhenWorkedOut()
    {
        var chow = Catalog.Load("chow2014");
        var orr = chow.Find("chow2014/Abstract/Best overall response/Objective response rate/pct")!;
        Assert.That((orr.Denominator, orr.DenominatorInferred), Is.EqualTo(((int?)28, true)));
        var fatal = Catalog.Load("chen2014").Find("chen2014/Abstract/Sequential phase toxicity/Fatal hepatic toxicity/n")!;
        Assert.That((fatal.Denominator, fatal.DenominatorInferred, fatal.Kind), Is.EqualTo(((int?)6, false, ValueKind.Count)));
        var events = Kaseb.Find("kaseb2021/Table6/All/All patients/events")!;
        Assert.That((events.Text, events.Denominator), Is.EqualTo(("22", (int?)34)));
    }

    [Test]
    public void KindsFollowTheColumns()
    {
        var kinds = Kaseb.PublishedValues.Where(v => v.Table == "Table4" && v.RowGroup == "Sex" && v.RowLabel == "Female")
            .ToDictionary(v => v.Column, v => v.Kind);
        Assert.That(kinds["n"], Is.EqualTo(ValueKind.Count));
        Assert.That(kinds["median_upper"], Is.EqualTo(ValueKind.ConfidenceUpper));
        Assert.That(kinds["s24"], Is.EqualTo(ValueKind.SurvivalRate));
        Assert.That(kinds["p"], Is.EqualTo(ValueKind.PValue));
        Assert.That(Kaseb.Find("kaseb2021/Table1/Mean ± SD, median (range)/BMI/sd")!.Kind, Is.EqualTo(ValueKind.StandardDeviation));
        Assert.That(Kaseb.Find("kaseb2021/Abstract/Protocol/Sorafenib lead-in before 90Y (weeks)/value")!.Kind, Is.EqualTo(ValueKind.Protocol));
    }

    [Test]
    public void ConversionDoubtsAreNotedOnTheirRows()
    {
        var inr = Kaseb.CountTable("Table1")[0].Row("INR, Child–Pugh", "1.7");
        Assert.That(inr.Note, Does.Contain("≤"));
        Assert.That(inr.SeedLine, Is.EqualTo(182));
        Assert.That(Kaseb.SurvivalTable("Table4").AllPatients!.Note, Does.Contain("en dash"));
    }
}
