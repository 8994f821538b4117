using AnalysisKit.Consistency;

namespace AnalysisKit.Reconstruction;

/// <summary>How a printed number compares with the same number recomputed from synthetic patients.</summary>
public enum FidelityStatus
{
    /// <summary>The recomputed number, rounded to the printed decimals, equals the printed number.</summary>
    Reproduced,

    /// <summary>The number was recomputed but does not round to the printed number.</summary>
    Differs,

    /// <summary>The synthetic patients cannot give this number (for example a subgroup of unknown size); the note says why.</summary>
    NotReproducible,
}

/// <summary>
/// One line of a reconstruction's fidelity table: a printed number, the same number computed by
/// the kit from the synthetic patients, and whether they agree at the printed rounding.
/// </summary>
/// <param name="ClaimId">The claim id of the printed number (<c>trial/table/row_group/row_label/column</c>).</param>
/// <param name="Quantity">What the number measures, in plain words.</param>
/// <param name="Published">The printed text, verbatim.</param>
/// <param name="Reproduced">The kit's number on the printed scale (per cent for printed rates), or null when not computed.</param>
/// <param name="Status">Agreement at the printed rounding.</param>
/// <param name="Computation">How the kit computed it (estimator, interval transform, patients used).</param>
/// <param name="Note">Why a number is not reproduced, or other remarks; empty when none.</param>
public sealed record FidelityRow(
    string ClaimId,
    string Quantity,
    string Published,
    double? Reproduced,
    FidelityStatus Status,
    string Computation,
    string Note)
{
    /// <summary>The row of a printed number the kit recomputed: text, value and status from the comparison (<see cref="PrintedAgreement"/>).</summary>
    public static FidelityRow Of(string claimId, string quantity, PrintedComparison comparison, string computation, string note)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return new FidelityRow(claimId, quantity, comparison.Printed.Text, comparison.Reproduced,
            comparison.Agrees ? FidelityStatus.Reproduced : FidelityStatus.Differs, computation, note);
    }

    /// <summary>The status as written in files: <c>reproduced</c>, <c>differs</c> or <c>not-reproducible</c> (the words of the <c>reproduce</c> contract).</summary>
    public string StatusText => Status switch
    {
        FidelityStatus.Reproduced => "reproduced",
        FidelityStatus.Differs => "differs",
        _ => "not-reproducible",
    };
}
