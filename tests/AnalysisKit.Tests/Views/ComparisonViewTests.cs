using System.Text.Json;
using AnalysisKit.Comparison;
using AnalysisKit.Data;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class ComparisonViewTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.OpenRepository();

    [Test]
    public void PooledSummaryShowsMetaforsEstimates()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/comparison/pooled.json")));
        var r = json.RootElement.GetProperty("results").EnumerateArray()
            .Single(e => e.GetProperty("outcome").GetString() == "objective_response" && e.GetProperty("measure").GetString() == "PLO" && e.GetProperty("method").GetString() == "REML");
        var view = new PooledOutcomesView(CrossTrialPooling.PoolAll(OutcomeTable.Load(Catalog)));
        var row = view.Summary().Rows.Single(x => x[0].Text == "objective_response").Select(c => c.Text).ToList();
        string Pct(string field) => (100 * r.GetProperty(field).GetDouble()).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        // metafor rma(measure = "PLO", method = "REML"): 0.4282 (0.2955-0.5720), PI 0.1996-0.6921, I² 65.7%.
        Assert.That(row, Is.EqualTo(new[]
        {
            "objective_response", "4", "149", Pct("proportion"), $"95% {Pct("proportion_lower")}–{Pct("proportion_upper")}",
            $"{Pct("proportion_pi_lower")}–{Pct("proportion_pi_upper")}",
            r.GetProperty("tau2").GetDouble().ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
            r.GetProperty("i2").GetDouble().ToString("F1", System.Globalization.CultureInfo.InvariantCulture), "PLO (logit), REML",
        }));
        Assert.That(row[3], Is.EqualTo("42.8"));
    }

    [Test]
    public void EachOutcomeListsItsCountsAndCaveats()
    {
        var pooled = CrossTrialPooling.PoolAll(OutcomeTable.Load(Catalog));
        var response = pooled.Single(p => p.Outcome == "objective_response");
        var rows = PooledOutcomesView.Counts(response).Rows.Select(r => (r[0].Text, r[1].Text, r[2].Text, r[3].Text)).ToList();
        // chow2014 7/28 = 25.0%, chen2014 22/40 = 55.0%, kim2020 25/47 = 53.2%, kaseb2021 12/34 = 35.3%.
        Assert.That(rows, Is.EqualTo(new[] { ("chow2014", "7", "28", "25.0"), ("chen2014", "22", "40", "55.0"), ("kim2020", "25", "47", "53.2"), ("kaseb2021", "12", "34", "35.3") }));
        var html = new PooledOutcomesView(pooled).ToHtml();
        foreach (var caveat in response.Caveats) Assert.That(html, Does.Contain("<li>" + AnalysisKit.Display.HtmlText.Escape(caveat) + "</li>"));
    }

    [Test]
    public void SurvivalComparisonTableShowsRsSummaries()
    {
        var table = CsvTable.Read(RepositoryPaths.Of("tests/reference/km/data/aml.csv"));
        var time = CsvColumnReader.Times(table, "time");
        var status = CsvColumnReader.Events(table, "status");
        var group = CsvColumnReader.Labels(table, "group");
        var cohorts = new[] { "Maintained", "Nonmaintained" }.Select(g =>
        {
            var rows = Enumerable.Range(0, time.Length).Where(i => group[i] == g).ToList();
            return new SurvivalCohort(g, "remission", rows.Select(i => time[i]).ToList(), rows.Select(i => status[i]).ToList(), Synthetic: g == "Nonmaintained");
        }).ToList();
        var view = new SurvivalComparisonView(SurvivalComparison.Compare(cohorts, [6, 12, 24]));
        var shown = view.Table();
        // R (tests/reference/comparison/survival-comparison.R): Maintained median 31 (18-NA), S(12) 0.9091 (0.7541-1),
        // S(24) 0.6136 (0.3769-0.9992), RMST to 45 = 30.7386 (22.6752-38.8021).
        Assert.That(shown.Headers[^1], Is.EqualTo("RMST to 45.00 months (95% CI)"));
        Assert.That(shown.Rows[0].Select(c => c.Text), Is.EqualTo(new[]
        {
            "Maintained", "remission", "patient data", "11", "7", "31.00 (18.00–NA)", "100.0 (100.0–100.0)", "90.9 (75.4–100.0)", "61.4 (37.7–99.9)", "30.74 (22.68–38.80)",
        }));
        Assert.That(shown.Rows[1][2].Text, Is.EqualTo("synthetic data"));
        Assert.That(shown.Caption, Does.Contain("synthetic data"));
    }

    [Test]
    public void ProfilesShowOneRowPerTrialAndPerEndpoint()
    {
        var profiles = EndpointHarmonisation.Profiles(Catalog);
        var view = new TrialProfilesView(profiles);
        Assert.That(view.DesignTable().Rows.Select(r => r[0].Text), Is.EqualTo(profiles.Select(p => p.Trial)));
        Assert.That(view.EndpointTable().Rows, Has.Count.EqualTo(profiles.Sum(p => p.Endpoints.Count)));
        Assert.That(view.DesignTable().Rows[0][1].Text, Is.EqualTo(profiles[0].Design));
    }

    [Test]
    public void SurvivalCohortsAreThePatientFilesOfEachTrial()
    {
        var pfs = SurvivalCohorts.Of(Catalog, "pfs");
        // PFS files: kaseb2021 (34), kim2020 (47), park2012 (50); all synthetic.
        Assert.That(pfs.Select(c => (c.Trial, c.Time.Count, c.Synthetic)), Is.EqualTo(new[] { ("kaseb2021", 34, true), ("kim2020", 47, true), ("park2012", 50, true) }));
        // kaseb2021 Results: "33 of the 34 patients ... had PFS events".
        Assert.That(pfs[0].Event.Count(e => e), Is.EqualTo(33));
    }
}
