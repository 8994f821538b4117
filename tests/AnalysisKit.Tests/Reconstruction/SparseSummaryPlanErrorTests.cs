using AnalysisKit.Data;
using AnalysisKit.Reconstruction.SparseSummaries;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// A malformed <c>reconstruction-plan.json</c> is refused with a <see cref="DataFileException"/>
/// naming the plan file and the line (bad JSON) or the JSON path (a bad reference), in a copy of
/// chow2014's folder.
/// </summary>
public class SparseSummaryPlanErrorTests
{
    [TestCase("\"censoring_order\", \"count\": 50", "\"censoring_order\", \"count\": 50,,", "line 41")]
    [TestCase("\"seed\": 20140310,", "\"seed\": 20140310, \"colour\": \"red\",", "this property is not part of the plan schema")]
    [TestCase("\"seed\": 20140310,", "", "a required property is missing")]
    [TestCase("\"claim\": \"median_b\", \"kind\": \"median\"", "\"claim\": \"median_x\", \"kind\": \"median\"", "column '$.targets[3].claim': 'median_x' is not one of the claims")]
    [TestCase("\"row_label\": \"Treated\"", "\"row_label\": \"Treeted\"", "column '$.claims.treated': chow2014 prints no number 'chow2014/Abstract/Patients/Treeted/n'")]
    [TestCase("Stage sizes {n_b}", "Stage sizes {n_bee}", "column '$.assumptions[0]': the placeholder {n_bee} is unknown here")]
    [TestCase("{censoring_order}", "{censoring_orders}", "column '$.chosen[0].text': the placeholder {censoring_orders} is unknown")]
    [TestCase("\"kind\": \"patient_count\"", "\"kind\": \"patients\"", "column '$.targets[0].kind': 'patients' is not a target kind")]
    [TestCase("\"stages\": [ [ \"censoring_order\" ] ]", "\"stages\": [ [ \"order\" ] ]", "column '$.stages[0][0]': 'order' is not one of the axes")]
    [TestCase("\"accrual_months\": 24,", "", "column '$.censoring': give either minimum_follow_up and accrual_months")]
    [TestCase("{ \"group\": \"Stage C\", \"knots\"", "{ \"group\": \"Stage D\", \"knots\"", "column '$.endpoints[0].curves': give one curve for all patients")]
    public void ABadPlanNamesTheFileAndWhereInIt(string find, string replace, string expected)
    {
        using var copy = TrialDataCopy.Create();
        var plan = Path.Combine(copy.Root, "trials", "chow2014", SparseSummaryReconstruction.PlanFileName);
        var text = File.ReadAllText(plan);
        Assert.That(text, Does.Contain(find), "the edit applies");
        File.WriteAllText(plan, text.Replace(find, replace, StringComparison.Ordinal));
        var trial = TrialCatalog.Open(copy.Root).Load("chow2014");
        Assert.That(() => SparseSummaryReconstruction.Plan(trial),
            Throws.TypeOf<DataFileException>().With.Message.StartsWith(plan).And.Message.Contains(expected));
    }

    [Test]
    public void TheCommandReportsABadPlanWithItsFileAndPath()
    {
        using var copy = TrialDataCopy.Create();
        var plan = Path.Combine(copy.Root, "trials", "chow2014", SparseSummaryReconstruction.PlanFileName);
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("Stage sizes {n_b}", "Stage sizes {n_bee}", StringComparison.Ordinal));
        var run = CliRun.Of("reconstruct", "--trial", "chow2014", "--data", copy.Root);
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Error, Does.Contain(plan).And.Contain("$.assumptions[0]"));
    }
}
