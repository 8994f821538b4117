using AnalysisKit.Frames;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;
using Deedle;

namespace AnalysisKit.Tests.Frames;

public class PatientFramesTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    [Test]
    public void PatientsFrameHasTheFileCellsWithDeclaredTypes()
    {
        var frame = PatientFrames.Of(Catalog.Load("chen2014"));
        var lines = File.ReadAllLines(RepositoryPaths.Of("data/trials/chen2014/ipd.csv"));
        Assert.That(frame.ColumnKeys, Is.EqualTo(lines[0].Split(',')));
        Assert.That(frame.ColumnTypes, Is.EqualTo(new[] { typeof(string), typeof(bool), typeof(double), typeof(int), typeof(double), typeof(int) }));
        Assert.That(frame.RowCount, Is.EqualTo(lines.Length - 1));
        Assert.That(frame.RowKeys, Is.EqualTo(Enumerable.Range(0, lines.Length - 1)));
        for (var row = 0; row < frame.RowCount; row++)
        {
            var cells = lines[row + 1].Split(',');
            Assert.That(frame.GetColumn<string>("patient")[row], Is.EqualTo(cells[0]));
            Assert.That(frame.GetColumn<bool>("synthetic")[row], Is.EqualTo(cells[1] == "true"));
            Assert.That(frame.GetColumn<double>("os_months")[row], Is.EqualTo(double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(frame.GetColumn<int>("infield_pfs_event")[row], Is.EqualTo(int.Parse(cells[5], System.Globalization.CultureInfo.InvariantCulture)));
        }
        // Line 13 of the file: patient 12, 7.14 months, died; in-field progression at 0.974 months.
        Assert.That(frame.GetColumn<double>("infield_pfs_months")[11], Is.EqualTo(0.974));
        Assert.That(frame.GetColumn<int>("os_event").Sum(), Is.EqualTo(lines.Skip(1).Count(l => l.Split(',')[3] == "1")));
    }

    [Test]
    public void BaselineColumnsAreTextAndQuotedNamesSurvive()
    {
        var frame = PatientFrames.Of(Catalog.Load("kaseb2021"));
        Assert.That(frame.RowCount, Is.EqualTo(34));
        // Line 2: 1,true,Female,Caucasian,... "INR, Child–Pugh" 1.7, ..., 5.72,1,7.73,1,5.72,1
        Assert.That(frame.GetColumn<string>("Sex")[0], Is.EqualTo("Female"));
        Assert.That(frame.GetColumnAt<string>(frame.ColumnKeys.ToList().IndexOf("INR, Child–Pugh")).Get(0), Is.EqualTo("1.7"));
        Assert.That(frame.GetColumn<double>("os_months")[0], Is.EqualTo(7.73));
        Assert.That(frame.GetColumn<int>("ttrp_event")[0], Is.EqualTo(1));
        // Line 3: ... 6.54,1,30.55,1,6.54,1
        Assert.That(frame.GetColumn<double>("os_months")[1], Is.EqualTo(30.55));
        Assert.That(frame.GetColumn<bool>("synthetic").Values, Is.All.True);
    }

    [Test]
    public void EmptyCellsAreMissingAndOneTwoEventsAreCodedOneZero()
    {
        using var copy = TrialDataCopy.Create();
        File.WriteAllText(Path.Combine(copy.Root, "trials", "chow2014", "ipd.csv"),
            "patient,synthetic,BCLC,os_months,os_event\nA,true,,1.5,2\nB,true,Stage C,2.5,1\n");
        var frame = PatientFrames.Of(TrialCatalog.Open(copy.Root).Load("chow2014"));
        Assert.That(frame.GetColumn<string>("BCLC").TryGet(0).HasValue, Is.False);
        Assert.That(frame.GetColumn<string>("BCLC")[1], Is.EqualTo("Stage C"));
        // 1/2 coding as R's Surv: 2 is the event, 1 censoring.
        Assert.That(frame.GetColumn<int>("os_event").Values, Is.EqualTo(new[] { 1, 0 }));
        Assert.That(frame.GetColumn<string>("patient").Values, Is.EqualTo(new[] { "A", "B" }));
    }
}
