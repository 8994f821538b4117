using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Synthetic patients for a trial published only as an abstract, built from the trial folder's
/// <c>reconstruction-plan.json</c> (schema: <c>data/README.md</c>). The shape between printed
/// points is piecewise exponential (<see cref="PiecewiseExponentialSurvival"/>); event times sit
/// at the curve's quantiles; censoring is administrative (<see cref="AdministrativeCensoring"/>)
/// with a fixed-seed order; a deterministic search (<see cref="CohortSearch"/>) then chooses the
/// free parameters so that the kit's <see cref="Survival.KaplanMeier"/> on the synthetic patients
/// reproduces as many printed numbers as it can at the printed rounding.
/// </summary>
public sealed class SparseSummaryReconstruction : ITrialReconstruction
{
    /// <summary>The file name of the plan inside a trial folder.</summary>
    public const string PlanFileName = PlanJson.FileName;

    /// <summary>True when <paramref name="trialFolder"/> holds a plan.</summary>
    public static bool HasPlan(string trialFolder) => File.Exists(Path.Combine(trialFolder, PlanFileName));

    /// <summary>
    /// The trial's plan: its plan file read and checked against the trial's printed numbers.
    /// </summary>
    /// <exception cref="Data.DataFileException">The plan file is missing or malformed, or names a printed number, axis, endpoint, level or placeholder that does not exist (the message names the file, the line or the JSON path).</exception>
    public static SparseReconstructionPlan Plan(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var file = Path.Combine(trial.Folder, PlanFileName);
        return PlanModel.Compile(PlanJson.Read(file), trial, file);
    }

    /// <inheritdoc/>
    public IReconstructedTrial Run(Trial trial)
    {
        var plan = Plan(trial);
        var outcome = CohortSearch.Run(plan.Build, plan.Targets, plan.Axes, plan.Stages);
        var fidelity = plan.Targets.Select(t => TargetEvaluation.Row(t, outcome.Cohort)).ToList();
        return new SparseReconstructedTrial(trial.Id, plan, outcome, plan.Describe(outcome.Choice), fidelity);
    }
}
