using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Synthetic patients for a trial published only as an abstract. The shape between printed points
/// is piecewise exponential (<see cref="PiecewiseExponentialSurvival"/>); event times sit at the
/// curve's quantiles; censoring is administrative (<see cref="AdministrativeCensoring"/>) with
/// a fixed-seed order; a deterministic search (<see cref="CohortSearch"/>) then chooses the free
/// parameters so that the kit's <see cref="Survival.KaplanMeier"/> on the synthetic patients
/// reproduces as many printed numbers as it can at the printed rounding.
/// </summary>
public abstract class SparseSummaryReconstruction : ITrialReconstruction
{
    /// <inheritdoc/>
    public abstract string TrialId { get; }

    /// <summary>The trial's plan, read from its published numbers.</summary>
    protected internal abstract SparseReconstructionPlan Plan(Trial trial);

    /// <inheritdoc/>
    public IReconstructedTrial Run(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        if (trial.Id != TrialId)
            throw new ArgumentException($"This reconstruction is for {TrialId}, not {trial.Id}.", nameof(trial));
        var plan = Plan(trial);
        var outcome = CohortSearch.Run(plan.Build, plan.Targets, plan.Axes, plan.Stages);
        var fidelity = plan.Targets.Select(t => TargetEvaluation.Row(t, outcome.Cohort)).ToList();
        return new SparseReconstructedTrial(TrialId, plan, outcome, plan.Describe(outcome.Choice), fidelity);
    }

    /// <summary>The printed number with the given claim id; throws <see cref="ArgumentException"/> naming it when the data lack it.</summary>
    protected static PublishedValue Claim(Trial trial, string table, string rowGroup, string rowLabel, string column)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var id = ClaimId.Of(trial.Id, table, rowGroup, rowLabel, column);
        return trial.Find(id) ?? throw new ArgumentException($"{trial.Id} has no printed number '{id}'; the reconstruction needs it.");
    }

    /// <summary>The value of a printed number; throws when it is NA.</summary>
    protected static double ValueOf(PublishedValue claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Value ?? throw new ArgumentException($"{claim.Id} is printed as '{claim.Text}', not a number.");
    }

    /// <summary>Group size from a printed percentage of n: round(n · pct / 100), half away from zero.</summary>
    protected static int CountFromPercentage(int n, PublishedValue percentage) =>
        (int)Math.Round(n * ValueOf(percentage) / 100, MidpointRounding.AwayFromZero);
}
