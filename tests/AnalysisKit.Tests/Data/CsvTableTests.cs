using AnalysisKit.Data;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Data;

public class CsvTableTests
{
    [Test]
    public void ReadsQuotedCellsAndRemembersLineNumbers()
    {
        using var csv = new TempCsv("time,status,arm\n1.5,1,\"A, left\"\n\n2,0,B\n");
        var table = CsvTable.Read(csv.Path);
        Assert.That(table.Header, Is.EqualTo(new[] { "time", "status", "arm" }));
        Assert.That(table.RowCount, Is.EqualTo(2));
        Assert.That(table.Cell(0, 2), Is.EqualTo("A, left"));
        Assert.That(table.LineOf(0), Is.EqualTo(2));
        Assert.That(table.LineOf(1), Is.EqualTo(4), "the blank line 3 still counts");
    }

    [Test]
    public void MissingFileIsNamed()
    {
        var e = Assert.Throws<DataFileException>(() => CsvTable.Read("no/such/file.csv"))!;
        Assert.That(e.Message, Does.Contain("no/such/file.csv").And.Contain("does not exist"));
    }

    [Test]
    public void EmptyFileIsRefused()
    {
        using var csv = new TempCsv("");
        var e = Assert.Throws<DataFileException>(() => CsvTable.Read(csv.Path))!;
        Assert.That(e.Message, Does.Contain("empty"));
    }

    [Test]
    public void RaggedRowNamesItsLine()
    {
        using var csv = new TempCsv("time,status\n1,1\n2,0,7\n");
        var e = Assert.Throws<DataFileException>(() => CsvTable.Read(csv.Path))!;
        Assert.That(e.Line, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("line 3"));
    }

    [Test]
    public void UnknownColumnListsTheHeader()
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        var table = CsvTable.Read(csv.Path);
        var e = Assert.Throws<DataFileException>(() => CsvColumnReader.Times(table, "futime"))!;
        Assert.That(e.Message, Does.Contain("column 'futime'").And.Contain("time, status"));
    }

    [TestCase("time,status\n1,1\n-2,0\n", "time", 3, "negative")]
    [TestCase("time,status\n1,1\nabc,0\n", "time", 3, "not a number")]
    [TestCase("time,status\n1,1\nNaN,0\n", "time", 3, "not a finite number")]
    [TestCase("time,status\n1,1\n,0\n", "time", 3, "missing")]
    public void BadTimeNamesLineAndColumn(string content, string column, int line, string problem)
    {
        using var csv = new TempCsv(content);
        var table = CsvTable.Read(csv.Path);
        var e = Assert.Throws<DataFileException>(() => CsvColumnReader.Times(table, column))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((line, column)));
        Assert.That(e.Message, Does.Contain(problem));
    }

    [TestCase("0,1,0,1", new[] { false, true, false, true })]
    [TestCase("1,2,2,1", new[] { false, true, true, false })]
    [TestCase("true,FALSE,True,false", new[] { true, false, true, false })]
    [TestCase("1,1,1,1", new[] { true, true, true, true })]
    public void EventCodingsFollowRSurv(string codes, bool[] expected)
    {
        var rows = codes.Split(',').Select((c, i) => $"{i + 1},{c}");
        using var csv = new TempCsv("time,status\n" + string.Join("\n", rows) + "\n");
        Assert.That(CsvColumnReader.Events(CsvTable.Read(csv.Path), "status"), Is.EqualTo(expected));
    }

    [TestCase("0,1,2", 4, "mixes 0/1 and 1/2")]
    [TestCase("1,3,1", 3, "'3' is not understood")]
    [TestCase("true,1,0", 2, "mixes true/false")]
    public void BadEventCodingNamesTheLine(string codes, int line, string problem)
    {
        var rows = codes.Split(',').Select((c, i) => $"{i + 1},{c}");
        using var csv = new TempCsv("time,status\n" + string.Join("\n", rows) + "\n");
        var e = Assert.Throws<DataFileException>(() => CsvColumnReader.Events(CsvTable.Read(csv.Path), "status"))!;
        Assert.That(e.Line, Is.EqualTo(line));
        Assert.That(e.Message, Does.Contain(problem));
    }
}
