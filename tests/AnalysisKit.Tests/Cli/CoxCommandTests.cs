using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Tests.Support;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit cox --format json</c> against R's coxph (tests/reference/cox), every field
/// the command-line contract (cli-json.md) names, at 1e-6 relative (non-converged fits: converged, warnings, log-likelihoods);
/// and bad input giving exit 2.
/// </summary>
public sealed class CoxCommandTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("cox", "cox.json")
            .Where(c => c.GetProperty("iter_max").GetInt32() == 20) // the command uses R's default iter.max
            .Select(c => new TestCaseData(c).SetName($"cli_cox_{c.GetProperty("name").GetString()}_{c.GetProperty("ties").GetString()}"));

    [TestCaseSource(nameof(Cases))]
    public void Json_matches_R_coxph(JsonElement reference)
    {
        var covariates = ReferenceFile.StringArray(reference.GetProperty("covariates"));
        var factors = ReferenceFile.StringArray(reference.GetProperty("factors"));
        var strata = ReferenceFile.OptionalString(reference, "strata");
        var time = reference.GetProperty("time").GetString()!;
        var status = reference.GetProperty("event").GetString()!;
        using var csv = CompleteCasesCsv(ReferenceFile.DataPath("cox", reference.GetProperty("data").GetString()!),
            new[] { time, status }.Concat(covariates).Concat(strata is null ? [] : new[] { strata }));
        var args = new List<string>
        {
            "cox", csv.Path, "--time", time, "--event", status, "--covariates", string.Join(",", covariates),
            "--ties", reference.GetProperty("ties").GetString()!, "--format", "json",
        };
        if (factors.Length > 0) args.AddRange(["--factors", string.Join(",", factors)]);
        if (strata is not null) args.AddRange(["--strata", strata]);

        var run = CliRun.Of([.. args]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Is.Empty);
        using var document = JsonDocument.Parse(run.Output);
        var json = document.RootElement;
        var converged = reference.GetProperty("converged").GetBoolean();
        Assert.That(json.GetProperty("ties").GetString(), Is.EqualTo(reference.GetProperty("ties").GetString()));
        Assert.That(json.GetProperty("n").GetInt32(), Is.EqualTo(reference.GetProperty("n").GetInt32()));
        Assert.That(json.GetProperty("events").GetInt32(), Is.EqualTo(reference.GetProperty("events").GetInt32()));
        Assert.That(json.GetProperty("iterations").GetInt32(), Is.EqualTo(reference.GetProperty("iterations").GetInt32()));
        Assert.That(json.GetProperty("converged").GetBoolean(), Is.EqualTo(converged));
        Assert.That(json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()),
            Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("warnings")).Select(CoxReferenceTests.NormalizeWarning)));
        Tolerance.AssertClose(json.GetProperty("loglik_null").GetDouble(), reference.GetProperty("loglik_null").GetDouble(), "loglik_null");
        Tolerance.AssertClose(json.GetProperty("loglik").GetDouble(), reference.GetProperty("loglik").GetDouble(), "loglik");
        var terms = json.GetProperty("terms").EnumerateArray().ToArray();
        Assert.That(terms.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("terms"))));
        if (!converged) return;

        foreach (var (field, rField) in new[] { ("coef", "coef"), ("se", "se"), ("hr", "hr"), ("hr_lower", "hr_lower"), ("hr_upper", "hr_upper"), ("z", "z"), ("p", "p") })
        {
            var expected = ReferenceFile.NumberArray(reference.GetProperty(rField));
            for (var i = 0; i < terms.Length; i++)
                Tolerance.AssertClose(ReferenceFile.Number(terms[i].GetProperty(field)), expected[i], $"{field}[{i}]");
        }
        foreach (var test in new[] { "lr", "wald", "score" })
        {
            var actual = json.GetProperty(test);
            var expected = reference.GetProperty(test);
            Tolerance.AssertClose(actual.GetProperty("stat").GetDouble(), expected.GetProperty("stat").GetDouble(), $"{test} stat");
            Assert.That(actual.GetProperty("df").GetInt32(), Is.EqualTo(expected.GetProperty("df").GetInt32()), $"{test} df");
            Tolerance.AssertClose(actual.GetProperty("p").GetDouble(), expected.GetProperty("p").GetDouble(), $"{test} p");
        }
        Tolerance.AssertClose(json.GetProperty("concordance").GetDouble(), reference.GetProperty("concordance").GetDouble(), "concordance");
        Tolerance.AssertClose(json.GetProperty("concordance_se").GetDouble(), reference.GetProperty("concordance_se").GetDouble(), "concordance_se");
    }

    /// <summary>A copy of the CSV without the rows that have NA in the used columns (R drops them; the command refuses NA).</summary>
    private static TempCsv CompleteCasesCsv(string path, IEnumerable<string> columns)
    {
        var table = CsvTable.Read(path);
        var used = columns.Select(table.ColumnIndex).ToArray();
        var lines = File.ReadAllLines(path);
        var kept = Enumerable.Range(0, table.RowCount)
            .Where(r => used.All(c => table.Cell(r, c) != "NA"))
            .Select(r => lines[table.LineOf(r) - 1]);
        return new TempCsv(string.Join("\n", kept.Prepend(lines[0])) + "\n");
    }

    private const string Data = "time,status,age,arm\n5,1,61,A\n8,0,70,B\n3,1,55,B\n9,1,48,A\n";

    [Test]
    public void Text_output_lists_terms_and_tests()
    {
        // R: coxph(Surv(time, status) ~ x, aml): coef 0.9155326 for Nonmaintained, concordance 0.6190476 (cox.json, aml efron).
        var run = CliRun.Of("cox", ReferenceFile.DataPath("cox", "aml.csv"), "--time", "time", "--event", "status", "--covariates", "x", "--factors", "x");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("efron ties").And.Contain("x=Nonmaintained").And.Contain("0.91553").And.Contain("Concordance = 0.6190"));
    }

    [Test]
    public void Non_numeric_covariate_names_file_line_and_column()
    {
        using var csv = new TempCsv("time,status,age,arm\n5,1,61,A\n8,0,old,B\n3,1,55,B\n");
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "age,arm", "--factors", "arm", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 3").And.Contain("column 'age'").And.Contain("'old' is not a number"));
    }

    [Test]
    public void Missing_covariate_column_names_file_line_and_column()
    {
        using var csv = new TempCsv(Data);
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "age,weight", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 1").And.Contain("column 'weight'").And.Contain("no such column"));
    }

    [Test]
    public void Factor_not_among_covariates_is_bad_usage()
    {
        using var csv = new TempCsv(Data);
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "age", "--factors", "arm", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("--factors names 'arm', which is not one of --covariates (age)"));
    }

    [Test]
    public void Unknown_ties_is_bad_usage()
    {
        using var csv = new TempCsv(Data);
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "age", "--ties", "exact", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("--ties 'exact' is not understood; use efron (default, as R) or breslow"));
    }

    [Test]
    public void Missing_strata_cell_names_file_line_and_column()
    {
        using var csv = new TempCsv("time,status,age,site\n5,1,61,X\n8,0,70,\n3,1,55,Y\n");
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "age", "--strata", "site");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 3").And.Contain("column 'site'"));
    }

    [Test]
    public void Separating_covariate_answers_with_converged_false()
    {
        // arm B subjects all fail before any arm A subject: the coefficient of arm=B runs to +infinity.
        using var csv = new TempCsv("time,status,arm\n1,1,B\n2,1,B\n3,1,B\n4,1,A\n5,0,A\n6,1,A\n7,0,A\n");
        var run = CliRun.Of("cox", csv.Path, "--time", "time", "--event", "status", "--covariates", "arm", "--factors", "arm", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.That(document.RootElement.GetProperty("converged").GetBoolean(), Is.False);
        Assert.That(document.RootElement.GetProperty("warnings")[0].GetString(),
            Is.EqualTo("Loglik converged before variable 1; coefficient may be infinite."));
    }
}
