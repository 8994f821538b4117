namespace AnalysisKit.Trials;

/// <summary>
/// What a published number is. The ledger uses it to choose how to recompute and compare a
/// value; the data files write it in snake case (see <see cref="ValueKinds"/>).
/// </summary>
public enum ValueKind
{
    /// <summary>A number of patients, events or items (<c>count</c>).</summary>
    Count,
    /// <summary>A percentage of a denominator, printed in per cent (<c>percentage</c>).</summary>
    Percentage,
    /// <summary>A median: of a survival curve or of a measured quantity (<c>median</c>).</summary>
    Median,
    /// <summary>An arithmetic mean or average (<c>mean</c>).</summary>
    Mean,
    /// <summary>A standard deviation (<c>standard_deviation</c>).</summary>
    StandardDeviation,
    /// <summary>The lower limit of a confidence interval (<c>ci_lower</c>); the level is 95% wherever the papers state it.</summary>
    ConfidenceLower,
    /// <summary>The upper limit of a confidence interval (<c>ci_upper</c>).</summary>
    ConfidenceUpper,
    /// <summary>The smallest value of a printed range (<c>range_lower</c>).</summary>
    RangeLower,
    /// <summary>The largest value of a printed range (<c>range_upper</c>).</summary>
    RangeUpper,
    /// <summary>An interquartile range printed as one width (<c>interquartile_range</c>).</summary>
    InterquartileRange,
    /// <summary>A survival or event-free probability at a landmark time, as a proportion or in per cent (<c>survival_rate</c>).</summary>
    SurvivalRate,
    /// <summary>A p-value of a test (<c>p_value</c>).</summary>
    PValue,
    /// <summary>A design parameter of the protocol: a dose, a schedule, a timing (<c>protocol</c>); not a result.</summary>
    Protocol,
}

/// <summary>The snake-case names of <see cref="ValueKind"/> used in the data files.</summary>
public static class ValueKinds
{
    private static readonly (ValueKind Kind, string Name)[] Names =
    [
        (ValueKind.Count, "count"),
        (ValueKind.Percentage, "percentage"),
        (ValueKind.Median, "median"),
        (ValueKind.Mean, "mean"),
        (ValueKind.StandardDeviation, "standard_deviation"),
        (ValueKind.ConfidenceLower, "ci_lower"),
        (ValueKind.ConfidenceUpper, "ci_upper"),
        (ValueKind.RangeLower, "range_lower"),
        (ValueKind.RangeUpper, "range_upper"),
        (ValueKind.InterquartileRange, "interquartile_range"),
        (ValueKind.SurvivalRate, "survival_rate"),
        (ValueKind.PValue, "p_value"),
        (ValueKind.Protocol, "protocol"),
    ];

    /// <summary>All names accepted in the files, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The file name of a kind (for example <c>ci_lower</c>).</summary>
    public static string NameOf(ValueKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Reads a kind from its file name; false when the name is unknown.</summary>
    public static bool TryParse(string name, out ValueKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
