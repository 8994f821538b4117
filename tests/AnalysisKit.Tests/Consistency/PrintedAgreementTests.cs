using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Consistency;

/// <summary>
/// The one agreement rule (<see cref="PrintedAgreement.Agrees"/>) from hand arithmetic: NA, the
/// comparison signs, rounding at the printed decimals (either tie rule), and a table's minimum
/// decimals where trailing zeros are dropped.
/// </summary>
public class PrintedAgreementTests
{
    // NA: no printed number, so only a missing value agrees (a median not reached is NaN).
    [TestCase("NA", double.NaN, true)]
    [TestCase("NA", double.PositiveInfinity, true)]
    [TestCase("NA", 18.63, false)]
    [TestCase("12.25", double.NaN, false)]
    // "<0.001": strictly below 0.001, whatever the printed decimals.
    [TestCase("<0.001", 0.0004, true)]
    [TestCase("<0.001", 0.000999, true)]
    [TestCase("<0.001", 0.001, false)]
    [TestCase("<0.001", 0.0012, false)]
    [TestCase("<0.001", double.NaN, false)]
    // ">": strictly above.
    [TestCase(">60", 60.2, true)]
    [TestCase(">60", 60, false)]
    [TestCase(">60", 59.9, false)]
    // "≤" and "≥": on the printed side, or rounding to the printed number (0.05 ± 0.005).
    [TestCase("≤0.05", 0.03, true)]
    [TestCase("≤0.05", 0.054, true)]
    [TestCase("≤0.05", 0.056, false)]
    [TestCase("≥0.05", 0.07, true)]
    [TestCase("≥0.05", 0.046, true)]
    [TestCase("≥0.05", 0.044, false)]
    // Rounding at the printed decimals: 16/34 = 47.0588...%, 2/34 = 5.882...%.
    [TestCase("47.1", 100.0 * 16 / 34, true)]
    [TestCase("47.0", 100.0 * 16 / 34, false)]
    [TestCase("5.9", 100.0 * 2 / 34, true)]
    [TestCase("5.8", 100.0 * 2 / 34, false)]
    [TestCase("10.32", 10.3245, true)]
    [TestCase("10.4", 10.32, false)]
    [TestCase("0.441", 0.44118, true)]
    // Boundary: exactly half a unit away rounds to the printed number under one tie rule or the other.
    [TestCase("83", 82.5, true)]
    [TestCase("83", 83.5, true)]
    [TestCase("83", 83.51, false)]
    [TestCase("0.4", 0.35, true)]
    [TestCase("0.4", 0.45, true)]
    [TestCase("0.4", 0.4501, false)]
    [TestCase("10.3", 10.25, true)]
    [TestCase("10.3", 10.2499, false)]
    public void PrintedDecimals(string text, double value, bool agrees)
    {
        Assert.That(PrintedAgreement.Agrees(value, Printed(text)), Is.EqualTo(agrees));
    }

    // A table that drops trailing zeros prints 9.00 as "9" and 0.400 as "0.4": at the column's
    // minimum (2 decimals for times, 3 for proportions), "9" covers 8.995 to 9.005, not 8.6, and
    // "0.4" covers 0.3995 to 0.4005, not 0.42. More printed decimals than the minimum are kept.
    [TestCase("9", 9.004, 2, true)]
    [TestCase("9", 8.994, 2, false)]
    [TestCase("9", 8.6, 0, true)]
    [TestCase("9", 8.6, 2, false)]
    [TestCase("0.4", 0.4004, 3, true)]
    [TestCase("0.4", 0.42, 1, true)]
    [TestCase("0.4", 0.42, 3, false)]
    [TestCase("1", 0.877, 3, false)]
    [TestCase("0.1", 0.0638, 3, false)]
    [TestCase("0.1235", 0.12354, 3, true)]
    [TestCase("0.1235", 0.12346, 3, true)]
    [TestCase("0.1235", 0.12344, 3, false)]
    [TestCase("NA", double.NaN, 2, true)]
    [TestCase("<0.001", 0.0009, 3, true)]
    public void MinimumDecimals(string text, double value, int minimumDecimals, bool agrees)
    {
        Assert.That(PrintedAgreement.Agrees(value, Printed(text), minimumDecimals), Is.EqualTo(agrees));
    }

    [TestCase("9", 2, 2)]
    [TestCase("0.4", 3, 3)]
    [TestCase("10.325", 2, 3)]
    [TestCase("NA", 2, 2)]
    public void DecimalsComparedAtAreThePrintedOnesOrTheMinimum(string text, int minimum, int expected)
    {
        Assert.That(PrintedAgreement.DecimalsComparedAt(Printed(text), minimum), Is.EqualTo(expected));
    }

    [Test]
    public void TheRecordKeepsTheComparison()
    {
        var comparison = PrintedComparison.Of(Printed("0.68"), 0.6824539681819601, 3);
        Assert.That((comparison.Printed.Text, comparison.Decimals, comparison.Agrees, comparison.Reproduced, comparison.Reason),
            Is.EqualTo(("0.68", 3, false, (double?)0.6824539681819601, "")));
        Assert.That(PrintedComparison.Of(Printed("NA"), double.NaN).Reproduced, Is.Null);
    }

    [TestCase("median", 2)]
    [TestCase("median_upper", 2)]
    [TestCase("n", 0)]
    [TestCase("events", 0)]
    [TestCase("s12", 3)]
    [TestCase("s36_lower", 3)]
    [TestCase("p", 3)]
    public void SubgroupTablesCompareTimesAtTwoDecimalsAndProportionsAtThree(string column, int minimum)
    {
        Assert.That(SubgroupSurvivalTable.MinimumDecimals(column), Is.EqualTo(minimum));
    }

    private static PrintedNumber Printed(string text) =>
        PrintedNumber.TryParse(text, out var printed) ? printed! : throw new ArgumentException($"'{text}' is not a printed number.", nameof(text));
}
