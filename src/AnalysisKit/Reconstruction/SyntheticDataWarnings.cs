using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// What a result computed on synthetic patients can and cannot say. Synthetic patients are
/// rebuilt to agree with the numbers a paper prints (the fidelity table of the trial's
/// <c>reconstruction.json</c> lists which); anything the printed summaries do not pin down —
/// the shape of a curve between printed points, a test between groups the paper never
/// compares, how variables occur together in the same patients — is the reconstruction's
/// assumption, not the trial's finding. A patient file is synthetic where its
/// <see cref="Column"/> column is true (every file the kit writes into <c>data/</c> has it).
/// </summary>
public static class SyntheticDataWarnings
{
    /// <summary>The column that marks a synthetic patient.</summary>
    public const string Column = "synthetic";

    /// <summary>The warning on Kaplan–Meier curves of synthetic patients.</summary>
    public const string KaplanMeier =
        "These patients are synthetic (column 'synthetic'): rebuilt from published summaries, not the trial's patients. "
        + "The curves agree with the paper only at the numbers the reconstruction reproduces (see the trial's reconstruction.json); "
        + "between those points, and for any grouping the paper does not print, they follow the reconstruction's assumptions.";

    /// <summary>The warning on a log-rank test between groups of synthetic patients.</summary>
    public const string LogRank =
        "The groups compared are of synthetic patients (column 'synthetic'): the test's p-value is the paper's only where the paper "
        + "prints a test for these groups and the reconstruction reproduces it; for any other grouping the published summaries do not identify it.";

    /// <summary>The warning on a Cox model with one term fitted to synthetic patients.</summary>
    public const string UnivariableCox =
        "A Cox model on synthetic patients (column 'synthetic'): the hazard ratio follows the reconstructed curves of the groups "
        + "the paper prints for this variable; it is not an estimate from the trial's patients.";

    /// <summary>The warning on a Cox model with several terms fitted to synthetic patients.</summary>
    public const string MultivariableCox =
        "A multivariable Cox model on synthetic patients (column 'synthetic'): published tables show each variable's curves "
        + "separately, never how the variables occur together in the same patients, so the adjusted hazard ratios are not identified "
        + "by what was published and say nothing about the trial.";

    /// <summary>
    /// Whether a patient file's rows are synthetic: true when any row's <see cref="Column"/> is
    /// true (one synthetic patient makes every result on the file depend on the reconstruction).
    /// </summary>
    public static bool AnySynthetic(IReadOnlyList<bool> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return flags.Any(f => f);
    }

    /// <summary>The warning for a Cox model of <paramref name="terms"/> coefficients on synthetic patients.</summary>
    public static string Cox(int terms)
    {
        if (terms < 1) throw new ArgumentException($"A Cox model has at least one term, not {terms}.", nameof(terms));
        return terms == 1 ? UnivariableCox : MultivariableCox;
    }

    /// <summary>
    /// <paramref name="fit"/> with the warning for a Cox model on synthetic patients
    /// (<see cref="Cox"/>) after its own <see cref="CoxFit.Warnings"/>, where its display (HTML
    /// and text) and the <c>cox</c> command show them.
    /// </summary>
    public static CoxFit OnSyntheticPatients(CoxFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit with { Warnings = [.. fit.Warnings, Cox(fit.Terms.Count)] };
    }
}
