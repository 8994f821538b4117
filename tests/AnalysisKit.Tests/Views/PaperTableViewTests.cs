using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Reproduction;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

/// <summary>kaseb2021's Table 5 laid out as printed, checked against the committed table file.</summary>
public class PaperTableViewTests
{
    private static readonly Lazy<TrialReproduction> Kaseb = new(() => ReproductionLedger.Reproduce(TrialCatalog.OpenRepository().Load("kaseb2021")));

    // The table file as committed: its printed rows (row group, row label).
    private static IReadOnlyList<(string, string)> PrintedRows()
    {
        var file = CsvTable.Read(Support.RepositoryPaths.Of("data/trials/kaseb2021/table5_os_subgroups.csv"));
        int group = file.ColumnIndex("row_group"), label = file.ColumnIndex("row_label");
        return Enumerable.Range(0, file.RowCount).Select(r => (file.Cell(r, group), file.Cell(r, label))).ToList();
    }

    [Test]
    public void HasOneRowPerPrintedRowInPrintedOrder()
    {
        var view = PaperTableView.Of(Kaseb.Value, "Table5");
        Assert.That(view.Rows.Select(r => (r.RowGroup, r.RowLabel)), Is.EqualTo(PrintedRows()));
    }

    [Test]
    public void CellsHoldThePrintedNumbersUnderTheirColumns()
    {
        var view = PaperTableView.Of(Kaseb.Value, "Table5");
        var all = view.Rows[0];
        Assert.Multiple(() =>
        {
            Assert.That(view.Columns.Take(5), Is.EqualTo(new[] { "n", "events", "median", "median_lower", "median_upper" }));
            Assert.That(all.Cells["n"].Published, Is.EqualTo("34"), "Table 5: All patients, n");
            Assert.That(all.Cells["median"].Published, Is.EqualTo("12.25"), "Table 5: All patients, median OS");
            Assert.That(all.Cells.ContainsKey("p"), Is.False, "no p is printed for all patients");
        });
    }

    [Test]
    public void EveryClaimOfThePlaceIsInExactlyOneCell()
    {
        var view = PaperTableView.Of(Kaseb.Value, "Table5");
        Assert.That(view.Rows.Sum(r => r.Cells.Count), Is.EqualTo(view.Place.Claims.Count));
    }

    [Test]
    public void ADifferingCellShowsThePrintedThenTheKitsNumber()
    {
        var differs = new Claim
        {
            Id = "t/Table5/Sex/Female/s12", Trial = "t", Source = "Table 5", Table = "Table5", RowGroup = "Sex", RowLabel = "Female",
            Column = "s12", Kind = "survival", Quantity = "12-month OS", Published = "0.778", Comparison = PrintedComparison.Of(Printed("0.778"), 0.6666667), Status = ClaimStatus.Differs,
            Note = "", SeedLine = 1, Synthetic = true,
        };
        Assert.Multiple(() =>
        {
            Assert.That(PaperTableView.Cell(differs), Is.EqualTo("0.778 → 0.6667"));
            Assert.That(PaperTableView.Cell(differs with { Status = ClaimStatus.Reproduced, Comparison = PrintedComparison.Of(Printed("0.778"), 0.7777778) }), Is.EqualTo("0.778"));
        });
    }

    [Test]
    public void HtmlIsCompactAndSaysTheNumbersComeFromSyntheticPatients()
    {
        var view = PaperTableView.Of(Kaseb.Value, "Table5");
        var html = view.ToHtml();
        var list = TrialClaimsView.Of(Kaseb.Value, "Table5").ToHtml();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("synthetic patients (ipd.csv)"));
            Assert.That(html, Does.Contain("<caption>kaseb2021, Table 5: "));
            Assert.That(html.Length, Is.LessThan(list.Length / 3), "a fraction of the claim-by-claim list");
        });
    }

    [Test]
    public void AnUnknownPlaceIsNamedInTheError()
    {
        var error = Assert.Throws<ArgumentException>(() => PaperTableView.Of(Kaseb.Value, "Table9"));
        Assert.That(error!.Message, Does.StartWith("kaseb2021 prints no numbers in Table9"));
    }

    private static PrintedNumber Printed(string text) => PrintedNumber.TryParse(text, out var printed) ? printed! : throw new ArgumentException(text);
}
