using AnalysisKit.Consistency;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class LedgerViewTests
{
    private static Claim Claim(string table, string source, string column, string published, double? reproduced, ClaimStatus status, bool synthetic = false) => new()
    {
        Id = $"t/{table}/Group/Label/{column}", Trial = "t", Source = source, Table = table, RowGroup = "Group", RowLabel = "Label",
        Column = column, Kind = "count", Quantity = "q " + column, Published = published, Comparison = Compared(published, reproduced), Status = status,
        Note = "note <" + column + ">", SeedLine = 7, Synthetic = synthetic,
    };

    private static PrintedComparison? Compared(string published, double? reproduced) =>
        reproduced is { } value && PrintedNumber.TryParse(published, out var printed) ? PrintedComparison.Of(printed!, value) : null;

    // Six claims: Abstract 2 (reproduced, conflict), Table4 4 (reproduced, differs, not-reproducible, reproduced).
    private static TrialReproduction Ledger(IReadOnlyList<ConsistencyFinding>? findings = null)
    {
        var claims = new List<Claim>
        {
            Claim("Abstract", "Abstract", "n", "29", 29, ClaimStatus.Reproduced),
            Claim("Table4", "Table 4", "median", "10.32", 8.4712345, ClaimStatus.Differs, synthetic: true),
            Claim("Abstract", "Abstract", "pct", "5.8%", 5.88235, ClaimStatus.Conflict),
            Claim("Table4", "Table 4", "s12", "0.441", 0.44118, ClaimStatus.Reproduced, synthetic: true),
            Claim("Table4", "Table 4", "p", "0.175", null, ClaimStatus.NotReproducible),
            Claim("Table4", "Table 4", "events", "33", 33, ClaimStatus.Reproduced, synthetic: true),
        };
        return new TrialReproduction
        {
            Trial = "t", Title = "A trial", Citation = "J 2021", Claims = claims, Findings = findings ?? [],
            Summary = ReproductionSummary.Of(claims), PatientDataFile = "/x/ipd.csv", SyntheticData = true,
        };
    }

    [Test]
    public void GroupsClaimsByPlaceInOrderOfFirstAppearance()
    {
        var view = TrialClaimsView.Of(Ledger());
        Assert.That(view.Groups.Select(g => (g.Table, g.Source, g.Claims.Count)), Is.EqualTo(new[] { ("Abstract", "Abstract", 2), ("Table4", "Table 4", 4) }));
        Assert.That(view.Groups[1].Claims.Select(c => c.Column), Is.EqualTo(new[] { "median", "s12", "p", "events" }));
    }

    [Test]
    public void StatusCountsAddUpPerPlaceAndOverall()
    {
        var rows = TrialClaimsView.Of(Ledger()).StatusCounts().Rows.Select(r => string.Join(",", r.Select(c => c.Text))).ToList();
        // Hand count: Abstract 1 reproduced + 1 conflict; Table 4 2 reproduced, 1 differs, 1 not reproducible.
        Assert.That(rows, Is.EqualTo(new[] { "Abstract,2,1,0,1,0", "Table 4,4,2,1,0,1", "all,6,3,1,1,1" }));
    }

    [Test]
    public void ShowsOnlyThePlacesAskedFor()
    {
        var view = TrialClaimsView.Of(Ledger(), "Table4");
        Assert.That(view.Groups.Single().Table, Is.EqualTo("Table4"));
        Assert.That(view.ToHtml(), Does.Contain("Table 4: 4 printed numbers (2 reproduced, 1 differ, 0 in conflict, 1 not reproducible)"));
        Assert.That(view.ToHtml(), Does.Not.Contain("t/Abstract/"));
    }

    [Test]
    public void AnUnknownPlaceIsAnErrorNamingThePlaces()
    {
        var error = Assert.Throws<ArgumentException>(() => TrialClaimsView.Of(Ledger(), "Table9"));
        Assert.That(error!.Message, Does.Contain("Table9").And.Contain("Abstract, Table4"));
    }

    [Test]
    public void EveryClaimIsShownWithItsStatusAndTheKitsNumber()
    {
        var html = TrialClaimsView.Of(Ledger()).ToHtml();
        // The differing median: printed 10.32, the kit's 8.4712345 rounded to 4 decimals.
        Assert.That(html, Does.Contain("<tr id=\"t/Table4/Group/Label/median\" class=\"differs\">"));
        Assert.That(html, Does.Contain("<td class=\"num\">10.32</td><td class=\"num\">8.4712 <span class=\"synthetic\">synthetic data</span></td><td>differs</td>"));
        Assert.That(html, Does.Contain("<td class=\"num\">0.175</td><td class=\"num\">—</td><td>not-reproducible</td>"));
        Assert.That(html, Does.Contain("class=\"conflict\""));
        Assert.That(html, Does.Contain("note &lt;pct&gt;"), "notes are escaped");
        Assert.That(html, Does.StartWith("<div class=\"analysiskit-ledger\"><style>"));
        Assert.That(html, Does.Contain("Survival numbers are computed from synthetic patients (ipd.csv)"));
    }

    [Test]
    public void TheReportAndTheNotebookViewShareOneClaimsTable()
    {
        var ledger = Ledger();
        var table = LedgerHtml.ClaimsTable(ledger.Claims);
        Assert.That(HtmlReport.TrialPage(ledger, []), Does.Contain(table));
        Assert.That(TrialClaimsView.Of(ledger).ToHtml(), Does.Contain(LedgerHtml.ClaimsTable(ledger.Claims.Where(c => c.Table == "Table4"))));
    }

    [Test]
    public void PlainTextListsEveryClaim()
    {
        var text = TrialClaimsView.Of(Ledger(), "Abstract").ToString();
        Assert.That(text, Does.Contain("reproduced       Group / Label / n: 29 -> 29\n"));
        Assert.That(text, Does.Contain("conflict         Group / Label / pct: 5.8% -> 5.8824\n"));
    }

    [Test]
    public void FindingsAreCountedByCheckAndListed()
    {
        var place = new FindingPlace("t/Abstract/Group/Label/pct", "Abstract", 7, "5.8%");
        var findings = new List<ConsistencyFinding>
        {
            new("t", ConsistencyCheck.PercentageOfCount, [place], [place.ClaimId], "2 of 34 is 5.882% < not 5.8%"),
            new("t", ConsistencyCheck.SubgroupTotal, [place], [], "subgroups add to 33, not 34"),
            new("t", ConsistencyCheck.PercentageOfCount, [place], [], "another"),
        };
        var view = ConsistencyFindingsView.Of(Ledger(findings));
        var counts = view.CountsByCheck().Rows.Select(r => (r[0].Text, r[1].Text)).ToList();
        Assert.That(counts, Is.EqualTo(new[] { ("percentage_of_count", "2"), ("subgroup_total", "1") }));
        var html = view.ToHtml();
        Assert.That(html, Does.Contain("<li><strong>percentage_of_count</strong>: 2 of 34 is 5.882% &lt; not 5.8%<br><small>Abstract line 7: 5.8% (t/Abstract/Group/Label/pct)</small></li>"));
        Assert.That(html, Does.Contain(LedgerHtml.Findings(findings)));
    }

    [Test]
    public void NoFindingsSaySo()
    {
        var view = ConsistencyFindingsView.Of(Ledger());
        Assert.That(view.ToHtml(), Does.Contain("<p>No printed numbers contradict each other.</p>"));
        Assert.That(view.ToString(), Is.EqualTo("t: no printed numbers contradict each other.\n"));
    }
}
