namespace AnalysisKit.Reproduction;

/// <summary>
/// The kit's own value for one printed number, or the reason it has none.
/// </summary>
/// <param name="Value">The value in the printed unit; NaN for "not reached" (a median or limit the curve never crosses); null when not computed.</param>
/// <param name="Note">How it was computed (the arithmetic), or why it could not be.</param>
/// <param name="Synthetic">True when computed from synthetic patient-level data.</param>
public sealed record Recomputation(double? Value, string Note, bool Synthetic = false)
{
    /// <summary>The note given when a number needs patient-level data the trial does not have.</summary>
    public const string NoPatientData = "no patient-level data; the kit reconstructs synthetic patients with `analysis-kit reconstruct`";

    /// <summary>True when the kit computed a value (possibly NaN, "not reached").</summary>
    public bool Computed => Value is not null;

    /// <summary>No value, for the reason given.</summary>
    public static Recomputation Unavailable(string reason) => new(null, reason);
}
