using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>Which arithmetic a <see cref="ConsistencyFinding"/> failed.</summary>
public enum ConsistencyCheck
{
    /// <summary>A percentage is not count / denominator at its printed rounding (<c>percentage_of_count</c>).</summary>
    PercentageOfCount,
    /// <summary>No whole count out of the denominator gives the printed percentage (<c>percentage_of_denominator</c>).</summary>
    PercentageOfDenominator,
    /// <summary>An inferred denominator is not one the group's counts and percentages allow (<c>implied_denominator</c>).</summary>
    ImpliedDenominator,
    /// <summary>The same count of the same denominator is printed as two different percentages (<c>same_fraction_printed_differently</c>).</summary>
    SameFractionPrintedDifferently,
    /// <summary>The sizes or event counts of a row group's subgroups do not add up to the whole cohort (<c>subgroup_total</c>).</summary>
    SubgroupTotal,
    /// <summary>No Kaplan–Meier curve of the group's size reaches the printed landmark rate, or none reaches it with its printed limits and the group's events (<c>landmark_attainability</c>).</summary>
    LandmarkAttainability,
    /// <summary>A confidence interval does not contain its estimate, or its limits are reversed (<c>interval_contains_estimate</c>).</summary>
    IntervalContainsEstimate,
    /// <summary>The same quantity is printed with different values in two places (<c>same_quantity_printed_differently</c>).</summary>
    SameQuantityPrintedDifferently,
}

/// <summary>The snake-case names of <see cref="ConsistencyCheck"/> used in JSON and reports.</summary>
public static class ConsistencyChecks
{
    /// <summary>The name of a check (for example <c>subgroup_total</c>).</summary>
    public static string NameOf(ConsistencyCheck check) => check switch
    {
        ConsistencyCheck.PercentageOfCount => "percentage_of_count",
        ConsistencyCheck.PercentageOfDenominator => "percentage_of_denominator",
        ConsistencyCheck.ImpliedDenominator => "implied_denominator",
        ConsistencyCheck.SameFractionPrintedDifferently => "same_fraction_printed_differently",
        ConsistencyCheck.SubgroupTotal => "subgroup_total",
        ConsistencyCheck.LandmarkAttainability => "landmark_attainability",
        ConsistencyCheck.IntervalContainsEstimate => "interval_contains_estimate",
        ConsistencyCheck.SameQuantityPrintedDifferently => "same_quantity_printed_differently",
        _ => throw new ArgumentOutOfRangeException(nameof(check)),
    };
}

/// <summary>One printed number a finding cites: its claim id, where it is printed and its text.</summary>
/// <param name="ClaimId">The claim id (<c>trial/table/row_group/row_label/column</c>).</param>
/// <param name="Source">Where the paper prints it ("Table 4", "Abstract", "Results").</param>
/// <param name="SeedLine">Line of the source text.</param>
/// <param name="Printed">The printed text.</param>
public sealed record FindingPlace(string ClaimId, string Source, int SeedLine, string Printed)
{
    /// <summary>The place of a published value.</summary>
    public static FindingPlace Of(PublishedValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new FindingPlace(value.Id, value.Source, value.SeedLine, value.Text);
    }

    /// <summary>"Table 4 line 315: 0.556 (trial/Table4/Sex/Female/s12)".</summary>
    public override string ToString() => $"{Source} line {SeedLine}: {Printed} ({ClaimId})";
}

/// <summary>
/// Printed numbers of one trial that cannot all be right, with the arithmetic in words.
/// </summary>
/// <param name="Trial">Trial id.</param>
/// <param name="Check">The check that failed.</param>
/// <param name="Places">Every printed number the finding rests on (at least one), in reading order.</param>
/// <param name="Contradicted">
/// Claim ids the finding puts in doubt because another printed number contradicts them; the
/// reproduction ledger marks these <c>conflict</c> unless the kit's own computation reproduces them.
/// Empty when the finding does not say which number is wrong (for example subgroups that do not add up).
/// </param>
/// <param name="Explanation">The arithmetic, in words.</param>
public sealed record ConsistencyFinding(
    string Trial,
    ConsistencyCheck Check,
    IReadOnlyList<FindingPlace> Places,
    IReadOnlyList<string> Contradicted,
    string Explanation)
{
    /// <summary>The check's snake-case name.</summary>
    public string CheckName => ConsistencyChecks.NameOf(Check);

    /// <summary>One line: the check, the explanation and the places.</summary>
    public override string ToString() =>
        $"[{CheckName}] {Explanation} (places: {string.Join("; ", Places)})";
}
