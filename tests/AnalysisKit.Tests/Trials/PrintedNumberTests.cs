using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Trials;

public class PrintedNumberTests
{
    [TestCase("0.4", 0.4, 1, "", false)]
    [TestCase("10.32", 10.32, 2, "", false)]
    [TestCase("10.3", 10.3, 1, "", false)]
    [TestCase("34", 34.0, 0, "", false)]
    [TestCase("47.0%", 47.0, 1, "", true)]
    [TestCase("100%", 100.0, 0, "", true)]
    [TestCase("<0.001", 0.001, 3, "<", false)]
    [TestCase("≥400", 400.0, 0, "≥", false)]
    [TestCase("–3", -3.0, 0, "", false)]
    [TestCase("-0.25", -0.25, 2, "", false)]
    [TestCase(" 0.080 ", 0.08, 3, "", false)]
    public void KeepsTheValueAndThePrintedDecimals(string text, double value, int decimals, string qualifier, bool percent)
    {
        Assert.That(PrintedNumber.TryParse(text, out var number), Is.True);
        Assert.That(number!.Value, Is.EqualTo(value).Within(1e-15));
        Assert.That(number.Decimals, Is.EqualTo(decimals));
        Assert.That(number.Qualifier, Is.EqualTo(qualifier));
        Assert.That(number.IsPercent, Is.EqualTo(percent));
        Assert.That(number.Text, Is.EqualTo(text.Trim()));
    }

    [Test]
    public void NaIsTextWithoutAValue()
    {
        Assert.That(PrintedNumber.TryParse("NA", out var number), Is.True);
        Assert.That((number!.HasValue, number.Decimals, number.Text), Is.EqualTo((false, (int?)null, "NA")));
    }

    [TestCase("1O.3")]
    [TestCase("10,3")]
    [TestCase("1.")]
    [TestCase(".5")]
    [TestCase("1e3")]
    [TestCase("12.25 (5.72, NA)")]
    [TestCase("na")]
    [TestCase("")]
    [TestCase("%")]
    [TestCase("nine")]
    public void RefusesTextThatIsNotAPrintedNumber(string text)
    {
        Assert.That(PrintedNumber.TryParse(text, out var number), Is.False);
        Assert.That(number, Is.Null);
    }

    [Test]
    public void WordedNumbersKeepTheirTextAndTheReadingsDecimals()
    {
        PrintedNumber.TryParse("29", out var reading);
        var worded = PrintedNumber.Worded("Twenty-nine", reading!);
        Assert.That((worded.Text, worded.Value, worded.Decimals), Is.EqualTo(("Twenty-nine", (double?)29, (int?)0)));
    }

    [Test]
    public void KindNamesRoundTrip()
    {
        foreach (var name in ValueKinds.All)
        {
            Assert.That(ValueKinds.TryParse(name, out var kind), Is.True, name);
            Assert.That(ValueKinds.NameOf(kind), Is.EqualTo(name));
        }
        Assert.That(ValueKinds.TryParse("Median", out _), Is.False, "names are case-sensitive snake case");
        Assert.That(Enum.GetValues<ValueKind>(), Has.Length.EqualTo(ValueKinds.All.Count));
    }
}
