using AnalysisKit.Data;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Data;

public class TypedCsvReaderTests
{
    private static readonly (string, CsvColumnType)[] Survival =
        [("time", CsvColumnType.Time), ("status", CsvColumnType.Event), ("arm", CsvColumnType.Label)];

    [Test]
    public void ReadsTypedColumnsAsTheTableReaderDoes()
    {
        const string content = "time,status,arm,x\n1.5,2,\"B, right\",7\n\n 2 ,1,10,8\n3,2,2,9\n0,1,\" B, right \",1\n";
        using var csv = new TempCsv(content);
        var typed = TypedCsvReader.Read(csv.Path, [.. Survival, ("x", CsvColumnType.Number)]);
        var table = CsvTable.Read(csv.Path);

        Assert.That(typed.RowCount, Is.EqualTo(table.RowCount));
        Assert.That(typed.Numbers("time"), Is.EqualTo(CsvColumnReader.Times(table, "time")));
        Assert.That(typed.Events("status"), Is.EqualTo(CsvColumnReader.Events(table, "status")));
        Assert.That(typed.Numbers("x"), Is.EqualTo(CsvColumnReader.Numbers(table, "x")));
        Assert.That(typed.Labels("arm").Labels(), Is.EqualTo(CsvColumnReader.Labels(table, "arm")));
        Assert.That(typed.Labels("arm").Levels, Is.EqualTo(LevelOrder.Levels(CsvColumnReader.Labels(table, "arm"))));
    }

    [Test]
    public void ColumnCanBeReadAsTwoTypes()
    {
        // cox --strata site --covariates site: the stratum labels and the numbers of one column
        using var csv = new TempCsv("time,status,site\n1,1,2\n2,0,10\n3,1,2\n");
        var typed = TypedCsvReader.Read(csv.Path, [("time", CsvColumnType.Time), ("status", CsvColumnType.Event),
            ("site", CsvColumnType.Label), ("site", CsvColumnType.Number)]);
        Assert.That(typed.Labels("site").Levels, Is.EqualTo(new[] { "2", "10" }));
        Assert.That(typed.Numbers("site"), Is.EqualTo(new[] { 2.0, 10.0, 2.0 }));
    }

    [TestCase("time,status,arm\n1,1,A\n2,0,B\n-4,1,A\n", 4, "time", "negative")]
    [TestCase("time,status,arm\n1,1,A\n2,yes,B\n", 3, "status", "'yes' is not understood")]
    [TestCase("time,status,arm\n1,0,A\n2,1,B\n3,2,A\n", 4, "status", "mixes 0/1 and 1/2")]
    [TestCase("time,status,arm\n1,1,A\n2,0,\n", 3, "arm", "missing")]
    public void BadCellNamesLineAndColumn(string content, int line, string column, string problem)
    {
        using var csv = new TempCsv(content);
        var e = Assert.Throws<DataFileException>(() => TypedCsvReader.Read(csv.Path, Survival))!;
        Assert.That((e.Line, e.Column), Is.EqualTo((line, column)));
        Assert.That(e.Message, Does.Contain(csv.Path).And.Contain(problem));
    }

    [Test]
    public void RaggedRowAndAbsentColumnAreNamed()
    {
        using var ragged = new TempCsv("time,status,arm\n1,1,A\n2,0\n");
        Assert.That(Assert.Throws<DataFileException>(() => TypedCsvReader.Read(ragged.Path, Survival))!.Line, Is.EqualTo(3));
        using var absent = new TempCsv("time,status\n1,1\n");
        var e = Assert.Throws<DataFileException>(() => TypedCsvReader.Read(absent.Path, Survival))!;
        Assert.That(e.Message, Does.Contain("column 'arm'").And.Contain("time, status"));
    }
}
