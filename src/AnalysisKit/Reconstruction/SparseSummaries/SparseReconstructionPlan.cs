using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>A survival curve of the model: which patients and endpoint it covers and the printed numbers it passes through.</summary>
/// <param name="Endpoint">Endpoint column.</param>
/// <param name="Patients">Which patients, in words ("all", "BCLC = Stage B").</param>
/// <param name="Count">Number of patients.</param>
/// <param name="Survival">The curve the event times are placed on.</param>
/// <param name="Source">Where the knots come from.</param>
public sealed record CurveDescription(string Endpoint, string Patients, int Count, PiecewiseExponentialSurvival Survival, string Source);

/// <summary>A printed number the reconstruction used as input, and how.</summary>
/// <param name="Claim">The printed number.</param>
/// <param name="Use">What it fixed in the model.</param>
public sealed record InputUse(PublishedValue Claim, string Use);

/// <summary>The model as chosen by the search: curves, censoring and the value of every searched parameter.</summary>
/// <param name="Curves">Survival curves the event times were placed on.</param>
/// <param name="Censoring">The censoring model in words, with its numbers.</param>
/// <param name="Parameters">Every searched parameter with the chosen value, as text.</param>
public sealed record ModelDescription(IReadOnlyList<CurveDescription> Curves, string Censoring, IReadOnlyList<KeyValuePair<string, string>> Parameters);

/// <summary>
/// Everything a sparse-summary reconstruction of one trial needs: how to build a cohort from
/// searched parameters, the printed numbers to reproduce, the search, and the words that
/// document the model.
/// </summary>
public sealed record SparseReconstructionPlan
{
    /// <summary>Builds a cohort from parameter indices (throws <see cref="ArgumentException"/> for a combination that gives no valid cohort).</summary>
    public required Func<IReadOnlyDictionary<string, int>, SyntheticCohort> Build { get; init; }

    /// <summary>Describes the model for the chosen parameter indices.</summary>
    public required Func<IReadOnlyDictionary<string, int>, ModelDescription> Describe { get; init; }

    /// <summary>Printed numbers to check, including those declared not reproducible.</summary>
    public required IReadOnlyList<PrintedTarget> Targets { get; init; }

    /// <summary>Searched parameters.</summary>
    public required IReadOnlyList<SearchAxis> Axes { get; init; }

    /// <summary>Search stages: parameter names searched together, in order.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Stages { get; init; }

    /// <summary>The method, in one paragraph.</summary>
    public required string Method { get; init; }

    /// <summary>Assumptions, one per entry, each saying what is assumed and why.</summary>
    public required IReadOnlyList<string> Assumptions { get; init; }

    /// <summary>Endpoints the abstract prints nothing for, or that were declined, and why.</summary>
    public required IReadOnlyList<string> NotReconstructed { get; init; }

    /// <summary>Printed numbers used as inputs.</summary>
    public required IReadOnlyList<InputUse> Inputs { get; init; }

    /// <summary>Meaning of each column of <c>ipd.csv</c>.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Columns { get; init; }

    /// <summary>The base seed of every shuffle (a searched seed index is added to it).</summary>
    public required ulong Seed { get; init; }
}
