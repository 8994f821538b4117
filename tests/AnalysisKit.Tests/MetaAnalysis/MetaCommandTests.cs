using System.Text.Json;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.MetaAnalysis;

/// <summary>
/// <c>analysis-kit meta</c>: the JSON contract's fields against metafor (tolerance of
/// <see cref="MetaReference"/>), and bad input answered with exit code 2 and a message naming
/// the file, the line and the column.
/// </summary>
public class MetaCommandTests
{
    private static readonly string[] ContractFields =
    [
        "measure", "method", "knha", "k", "estimate", "se", "ci_lower", "ci_upper",
        "proportion", "proportion_lower", "proportion_upper", "tau2", "i2", "h2", "q", "q_df", "q_p", "studies",
    ];

    private static readonly string[] StudyFields =
        ["study", "events", "n", "yi", "vi", "proportion", "proportion_lower", "proportion_upper"];

    [TestCase("response-rates", new string[0], "PLO", "REML", false)]
    [TestCase("zero-and-all", new[] { "--measure", "PFT", "--method", "DL", "--knha" }, "PFT", "DL", true)]
    [TestCase("rare-events", new[] { "--measure", "PFT", "--method", "REML" }, "PFT", "REML", false)]
    [TestCase("two-studies", new[] { "--measure", "PLO", "--method", "DL", "--knha" }, "PLO", "DL", true)]
    public void JsonMatchesMetafor(string dataset, string[] extra, string measure, string method, bool knha)
    {
        var path = RepositoryPaths.Of($"tests/reference/meta/inputs/{dataset}.csv");
        var run = CliRun.Of(["meta", path, "--study", "study", "--events", "events", "--n", "n", .. extra, "--format", "json"]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Is.Empty);
        using var doc = JsonDocument.Parse(run.Output);
        var root = doc.RootElement;
        var names = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(names, Is.SupersetOf(ContractFields));

        var data = MetaReference.Dataset(dataset);
        var r = data.GetProperty("fits").EnumerateArray().Single(f =>
            f.GetProperty("measure").GetString() == measure && f.GetProperty("method").GetString() == method
            && f.GetProperty("knha").GetBoolean() == knha);
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("measure").GetString(), Is.EqualTo(measure));
            Assert.That(root.GetProperty("method").GetString(), Is.EqualTo(method));
            Assert.That(root.GetProperty("knha").GetBoolean(), Is.EqualTo(knha));
            Assert.That(root.GetProperty("k").GetInt32(), Is.EqualTo(r.GetProperty("k").GetInt32()));
            Assert.That(root.GetProperty("q_df").GetInt32(), Is.EqualTo(r.GetProperty("QE_df").GetInt32()));
            foreach (var (ours, theirs) in new[]
                     {
                         ("estimate", "estimate"), ("se", "se"), ("ci_lower", "ci_lb"), ("ci_upper", "ci_ub"),
                         ("proportion", "proportion"), ("proportion_lower", "proportion_lower"), ("proportion_upper", "proportion_upper"),
                         ("tau2", "tau2"), ("i2", "I2"), ("h2", "H2"), ("q", "QE"), ("q_p", "QEp"),
                         ("statistic", "zval"), ("p", "pval"), ("tau2_se", "se_tau2"), ("pi_lower", "pi_lb"), ("pi_upper", "pi_ub"),
                         ("proportion_pi_lower", "proportion_pi_lb"), ("proportion_pi_upper", "proportion_pi_ub"),
                     })
                MetaReference.Close(MetaReference.Value(root.GetProperty(ours)), r.GetProperty(theirs), ours);

            var studies = root.GetProperty("studies").EnumerateArray().ToList();
            var yi = MetaReference.Numbers(data.GetProperty("effects").GetProperty(measure), "yi");
            var vi = MetaReference.Numbers(data.GetProperty("effects").GetProperty(measure), "vi");
            var lower = MetaReference.Numbers(data, "cp_lower");
            var upper = MetaReference.Numbers(data, "cp_upper");
            var weights = MetaReference.Numbers(r, "weights");
            Assert.That(studies, Has.Count.EqualTo(yi.Length));
            for (var i = 0; i < studies.Count; i++)
            {
                var s = studies[i];
                Assert.That(s.EnumerateObject().Select(p => p.Name), Is.SupersetOf(StudyFields));
                Assert.That(s.GetProperty("study").GetString(), Is.EqualTo(data.GetProperty("study")[i].GetString()));
                Assert.That(s.GetProperty("events").GetInt32(), Is.EqualTo(data.GetProperty("events")[i].GetInt32()));
                Assert.That(s.GetProperty("n").GetInt32(), Is.EqualTo(data.GetProperty("n")[i].GetInt32()));
                MetaReference.Close(s.GetProperty("yi").GetDouble(), yi[i], $"yi[{i}]");
                MetaReference.Close(s.GetProperty("vi").GetDouble(), vi[i], $"vi[{i}]");
                MetaReference.Close(s.GetProperty("proportion_lower").GetDouble(), lower[i], $"proportion_lower[{i}]");
                MetaReference.Close(s.GetProperty("proportion_upper").GetDouble(), upper[i], $"proportion_upper[{i}]");
                MetaReference.Close(s.GetProperty("weight").GetDouble(), weights[i], $"weight[{i}]");
            }
            var l1o = root.GetProperty("leave_one_out").EnumerateArray().ToList();
            for (var i = 0; i < l1o.Count; i++)
            {
                MetaReference.Close(l1o[i].GetProperty("estimate").GetDouble(), r.GetProperty("leave1out").GetProperty("estimate")[i], $"leave_one_out[{i}].estimate");
                MetaReference.Close(l1o[i].GetProperty("tau2").GetDouble(), r.GetProperty("leave1out").GetProperty("tau2")[i], $"leave_one_out[{i}].tau2");
            }
        });
    }

    [Test]
    public void TextReportShowsThePooledProportion()
    {
        var path = RepositoryPaths.Of("tests/reference/meta/inputs/response-rates.csv");
        var run = CliRun.Of("meta", path, "--study", "study", "--events", "events", "--n", "n");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var r = MetaReference.Dataset("response-rates").GetProperty("fits").EnumerateArray()
            .Single(f => f.GetProperty("measure").GetString() == "PLO" && f.GetProperty("method").GetString() == "REML" && !f.GetProperty("knha").GetBoolean());
        var pooled = r.GetProperty("proportion").GetDouble().ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(run.Output, Does.Contain($"pooled proportion: {pooled}").And.Contain("trial-e").And.Contain("REML"));
    }

    [TestCase("study,events,n\na,3,10\nb,12,10\n", 3, "events", "more events (12) than patients (10")]
    [TestCase("study,events,n\na,3,10\nb,-1,10\n", 3, "events", "negative")]
    [TestCase("study,events,n\na,3,-10\nb,1,10\n", 2, "n", "negative")]
    [TestCase("study,events,n\na,2.5,10\nb,1,10\n", 2, "events", "not a whole number")]
    [TestCase("study,events,n\na,2,10\nb,1,10.5\n", 3, "n", "not a whole number")]
    [TestCase("study,events,n\na,0,0\nb,1,10\n", 2, "n", "no patients")]
    [TestCase("study,events,n\na,2,10\n", 2, "study", "only one study")]
    [TestCase("study,events,n\na,2,10\nb,1,10\na,4,12\n", 4, "study", "listed twice (also on line 2)")]
    [TestCase("study,events,n\na,2,10\nb,x,10\n", 3, "events", "not a number")]
    [TestCase("study,events,n\na,2,10\n,1,10\n", 3, "study", "missing")]
    public void BadDataNamesFileLineAndColumn(string content, int line, string column, string problem)
    {
        using var csv = new TempCsv(content);
        var run = CliRun.Of("meta", csv.Path, "--study", "study", "--events", "events", "--n", "n", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain($"line {line}").And.Contain($"column '{column}'").And.Contain(problem));
        Assert.That(run.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line, no stack trace");
    }

    [Test]
    public void MissingColumnIsNamed()
    {
        using var csv = new TempCsv("trial,responders,n\na,2,10\nb,1,10\n");
        var run = CliRun.Of("meta", csv.Path, "--study", "trial", "--events", "events", "--n", "n", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 1").And.Contain("column 'events'").And.Contain("trial, responders, n"));
    }

    [TestCase("--measure", "PLN", "PLO or PFT")]
    [TestCase("--method", "PM", "REML or DL")]
    public void UnknownChoiceIsBadUsage(string option, string value, string hint)
    {
        var path = RepositoryPaths.Of("tests/reference/meta/inputs/response-rates.csv");
        var run = CliRun.Of("meta", path, "--study", "study", "--events", "events", "--n", "n", option, value);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(hint));
    }

    [Test]
    public void MissingRequiredOptionIsBadUsage()
    {
        var path = RepositoryPaths.Of("tests/reference/meta/inputs/response-rates.csv");
        var run = CliRun.Of("meta", path, "--study", "study", "--events", "events");
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--n"));
    }
}
