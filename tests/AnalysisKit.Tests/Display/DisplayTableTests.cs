using AnalysisKit.Display;

namespace AnalysisKit.Tests.Display;

public class DisplayTableTests
{
    private static DisplayTable Arms() =>
        new DisplayTable("Arms", "arm", "patients", "median (months)")
            .AddRow("TACE + sorafenib", 12, 20.5)
            .AddRow("TACE <alone>", 10, DisplayCell.Number(7.25, 2));

    [Test]
    public void HtmlEscapesTextAndRightAlignsNumbers() =>
        Assert.That(Arms().ToHtml(), Is.EqualTo(
            "<table class=\"analysiskit-table\"><caption>Arms</caption>"
            + "<thead><tr><th>arm</th><th style=\"text-align:right\">patients</th><th style=\"text-align:right\">median (months)</th></tr></thead><tbody>"
            + "<tr><td>TACE + sorafenib</td><td style=\"text-align:right\">12</td><td style=\"text-align:right\">20.5</td></tr>"
            + "<tr><td>TACE &lt;alone&gt;</td><td style=\"text-align:right\">10</td><td style=\"text-align:right\">7.25</td></tr>"
            + "</tbody></table>"));

    [Test]
    public void PlainTextAlignsColumns() =>
        Assert.That(Arms().ToString(), Is.EqualTo(
            "Arms\n"
            + "arm               patients  median (months)\n"
            + "TACE + sorafenib        12             20.5\n"
            + "TACE <alone>            10             7.25\n"));

    [Test]
    public void NullCellsAreEmptyAndTableWithoutCaptionHasNone()
    {
        var table = new DisplayTable(null, "a", "b").AddRow("x", null);
        Assert.Multiple(() =>
        {
            Assert.That(table.ToHtml(), Is.EqualTo("<table class=\"analysiskit-table\"><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>x</td><td></td></tr></tbody></table>"));
            Assert.That(table.ToString(), Is.EqualTo("a  b\nx\n"));
        });
    }

    [Test]
    public void RowWithWrongNumberOfCellsIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new DisplayTable(null, "arm", "n").AddRow("A"));
        Assert.That(error!.Message, Does.StartWith("Row 1 has 1 cells but the table has 2 columns (arm, n)."));
    }

    [Test]
    public void TableWithoutColumnsIsRejected() =>
        Assert.Throws<ArgumentException>(() => _ = new DisplayTable("empty"));
}
