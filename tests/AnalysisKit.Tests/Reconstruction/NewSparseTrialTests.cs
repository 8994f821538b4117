using System.Text.Json;
using AnalysisKit.Reconstruction;
using AnalysisKit.Reconstruction.SparseSummaries;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// A trial is data: a new trial folder (a made-up abstract in a temporary copy of the data folder:
/// trial.json, statements.csv and a plan) is rebuilt by <c>analysis-kit reconstruct</c> with no
/// code change, and a folder with neither a plan nor subgroup tables is reported as not available.
/// </summary>
public class NewSparseTrialTests
{
    private const string Id = "demo2030";

    private const string Statements =
        "table,row_group,row_label,column,kind,quantity,printed,value,denominator,denominator_inferred,seed_line,note\n"
        + "Abstract,Patients,Treated,n,count,number of patients treated,24,24,,,1,\n"
        + "Abstract,Overall survival,All patients,median,median,median overall survival (months),10.0,10.0,,,2,\n";

    private const string Plan = """
        {
          "seed": 7,
          "claims": {
            "treated": { "table": "Abstract", "row_group": "Patients", "row_label": "Treated", "column": "n" },
            "os_median": { "table": "Abstract", "row_group": "Overall survival", "row_label": "All patients", "column": "median" }
          },
          "patients": "treated",
          "groups": null,
          "censoring": { "minimum_follow_up": 12, "accrual_months": 24, "order_axis": "censoring_order", "description": "administrative over [{minimum_follow_up}, {longest_follow_up}] months, seed {seed} + censoring_order" },
          "early_exits": null,
          "endpoints": [
            { "name": "os", "curves": [ { "group": null, "knots": [ { "months_claim": "os_median", "survival": 0.5 } ], "source": "exponential through the printed median ({os_median} months)" } ] }
          ],
          "targets": [
            { "claim": "treated", "kind": "patient_count" },
            { "claim": "os_median", "kind": "median", "endpoint": "os" }
          ],
          "axes": [ { "name": "censoring_order", "count": 10, "start": 0 } ],
          "stages": [ [ "censoring_order" ] ],
          "chosen": [ { "name": "censoring_order", "text": "{censoring_order}" } ],
          "method": "Overall survival from the printed median.",
          "assumptions": [ "Constant hazard through the median of {n} patients." ],
          "not_reconstructed": [],
          "inputs": [ { "claim": "os_median", "use": "knot (median, 0.5)" } ],
          "columns": [
            { "name": "patient", "text": "synthetic patient number, 1 to {n}" },
            { "name": "synthetic", "text": "always true" },
            { "name": "os_months", "text": "overall survival in months" },
            { "name": "os_event", "text": "1 = died" }
          ]
        }
        """;

    [Test]
    public void ANewTrialFolderWithAPlanIsRebuiltWithNoCodeChange()
    {
        using var copy = TrialDataCopy.Create();
        var folder = NewTrial(copy);
        File.WriteAllText(Path.Combine(folder, SparseSummaryReconstruction.PlanFileName), Plan);
        var run = CliRun.Of("reconstruct", "--trial", Id, "--data", copy.Root);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Is.EqualTo($"{Id}: 24 synthetic patients; 2 of 2 printed numbers reproduced, 0 differ, 0 not reproducible.\n"));
        var csv = File.ReadAllText(Path.Combine(folder, "ipd.csv"));
        Assert.That(csv, Does.StartWith("patient,synthetic,os_months,os_event\n1,true,"));
        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(25));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reconstruction.json")));
        Assert.That(report.RootElement.GetProperty("assumptions")[0].GetString(), Is.EqualTo("Constant hazard through the median of 24 patients."));
        Assert.That(report.RootElement.GetProperty("model").GetProperty("censoring").GetString(), Is.EqualTo("administrative over [12, 36] months, seed 7 + censoring_order"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "README.md")), Does.Contain("## Synthetic patients"));
    }

    [Test]
    public void AFolderWithNeitherAPlanNorSubgroupTablesIsNotAvailable()
    {
        using var copy = TrialDataCopy.Create();
        var folder = NewTrial(copy);
        Assert.That(TrialReconstructions.For(folder), Is.Null);
        Assert.That(TrialReconstructions.IdsIn(AnalysisKit.Trials.TrialCatalog.Open(copy.Root)), Is.EqualTo(new[] { "chen2014", "chow2014", "kaseb2021", "kim2020", "park2012" }));
        var run = CliRun.Of("reconstruct", "--trial", Id, "--data", copy.Root);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.StartWith($"{Id}: not available"));
        Assert.That(File.Exists(Path.Combine(folder, "ipd.csv")), Is.False);
    }

    /// <summary>A trial folder whose trial.json is chow2014's under the new id and whose statements are the two rows above.</summary>
    private static string NewTrial(TrialDataCopy copy)
    {
        var folder = Path.Combine(copy.Root, "trials", Id);
        Directory.CreateDirectory(folder);
        var metadata = File.ReadAllText(Path.Combine(copy.Root, "trials", "chow2014", "trial.json"));
        File.WriteAllText(Path.Combine(folder, "trial.json"), metadata.Replace("\"id\": \"chow2014\"", $"\"id\": \"{Id}\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "statements.csv"), Statements);
        return folder;
    }
}
