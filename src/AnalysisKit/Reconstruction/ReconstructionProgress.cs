namespace AnalysisKit.Reconstruction;

/// <summary>
/// One step of a long reconstruction, reported while it runs (through an
/// <see cref="IProgress{T}"/>, at most once per stage of the search and never per iteration).
/// Reporting changes nothing in the result.
/// </summary>
/// <param name="TrialId">The trial being reconstructed.</param>
/// <param name="Step">What has just started or ended, in words, e.g. <c>stage 3/8 (progression table) done, seed 20210</c>.</param>
/// <param name="Objective">The search's objective at that point (its own units: weighted missed cells, see the reconstruction), or null when there is none yet.</param>
public sealed record ReconstructionProgress(string TrialId, string Step, double? Objective = null);
