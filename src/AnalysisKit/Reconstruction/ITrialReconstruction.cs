using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// A way of building synthetic patients from what a paper prints. Each trial has at most one;
/// <see cref="TrialReconstructions"/> chooses it by what the trial's folder holds.
/// </summary>
public interface ITrialReconstruction
{
    /// <summary>Builds the synthetic patients from the trial's published numbers and checks them against every printed number they can reproduce.</summary>
    /// <param name="trial">The trial, loaded from its data folder.</param>
    IReconstructedTrial Run(Trial trial);

    /// <summary>
    /// <see cref="Run(Trial)"/>, reporting the steps of a long search to
    /// <paramref name="progress"/> as it goes; the result is the same. Fast reconstructions
    /// report nothing (the default).
    /// </summary>
    /// <param name="trial">The trial, loaded from its data folder.</param>
    /// <param name="progress">Receives the steps, possibly from several threads; null for none.</param>
    IReconstructedTrial Run(Trial trial, IProgress<ReconstructionProgress>? progress) => Run(trial);
}

/// <summary>The outcome of a reconstruction: synthetic patients, their fidelity table, and how to write them.</summary>
public interface IReconstructedTrial
{
    /// <summary>The trial id.</summary>
    string TrialId { get; }

    /// <summary>One row per printed number the reconstruction was checked against.</summary>
    IReadOnlyList<FidelityRow> Fidelity { get; }

    /// <summary>One line: the trial, the number of synthetic patients and how many printed numbers are reproduced.</summary>
    string Summary { get; }

    /// <summary>
    /// Writes the reconstruction's files into the trial's folder (<c>ipd.csv</c>,
    /// <c>reconstruction.json</c>, and the "Synthetic patients" section of <c>README.md</c>),
    /// byte for byte the same on every run and machine.
    /// </summary>
    /// <param name="trialFolder">The trial's folder, <c>&lt;data&gt;/trials/&lt;id&gt;</c>.</param>
    void WriteTo(string trialFolder);
}
