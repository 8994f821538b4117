using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// One printed number (a subgroup-table cell, a Table 1 count, or a number printed about all
/// enrolled patients) compared with the same statistic computed from the synthetic patients.
/// </summary>
/// <param name="Table">Where the number is printed ("Table1", "Table4", "Results", ...).</param>
/// <param name="RowGroup">Printed row group.</param>
/// <param name="RowLabel">Printed row label.</param>
/// <param name="Column">Column of the number (n, events, median, median_lower, s12, p, ...).</param>
/// <param name="Endpoint">The end point the number is about (PFS, OS, ...); empty for a Table 1 count.</param>
/// <param name="Kind">Kind of number in the fidelity table (see <see cref="FidelityCellKinds"/>).</param>
/// <param name="Comparison">The printed number, the statistic of the synthetic patients (NaN when it does not exist: not reached, not estimable), whether they agree (<see cref="PrintedAgreement"/>) and why not, when that is known.</param>
public sealed record FidelityCell(
    string Table,
    string RowGroup,
    string RowLabel,
    string Column,
    string Endpoint,
    string Kind,
    PrintedComparison Comparison);

/// <summary>The kinds of cells the fidelity table counts, in the order it prints them.</summary>
public static class FidelityCellKinds
{
    /// <summary>A Table 1 count of patients at a level.</summary>
    public const string Table1Count = "Table 1 count";

    /// <summary>Patients in a subgroup-table row.</summary>
    public const string N = "n";

    /// <summary>Events in a subgroup-table row.</summary>
    public const string Events = "events";

    /// <summary>Median time to event.</summary>
    public const string Median = "median";

    /// <summary>Either limit of the median's 95% confidence interval.</summary>
    public const string MedianCi = "median CI";

    /// <summary>An event-free proportion at a landmark time (12 months for <c>s12</c>).</summary>
    public const string LandmarkRate = "landmark rate";

    /// <summary>Either limit of a landmark rate's 95% confidence interval.</summary>
    public const string LandmarkCi = "landmark CI";

    /// <summary>Log-rank p across a row group.</summary>
    public const string P = "p";

    /// <summary>All kinds, in print order.</summary>
    public static IReadOnlyList<string> All { get; } = [Table1Count, N, Events, Median, MedianCi, LandmarkRate, LandmarkCi, P];

    /// <summary>The kind of a subgroup-table column.</summary>
    public static string OfColumn(string column) => column switch
    {
        "n" => N,
        "events" => Events,
        "median" => Median,
        "median_lower" or "median_upper" => MedianCi,
        "p" => P,
        _ when SubgroupSurvivalTable.LandmarkOf(column) is not null => column.Contains('_') ? LandmarkCi : LandmarkRate,
        _ => throw new ArgumentException($"'{column}' is not a column of a subgroup survival table.", nameof(column)),
    };
}
