using System.Globalization;
using System.Text;
using System.Text.Json;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Reconstructs synthetic patient-level data from a trial's Table 1 (marginal counts of every
/// baseline variable) and its subgroup Kaplan–Meier tables (n, events, median and CI, rates and
/// CIs at each printed landmark, log-rank p per row group): one, two or three tables, each
/// declaring in <c>trial.json</c> what ends its endpoint (<see cref="TableEndpoints"/>), and the
/// trial's optional <see cref="TablePlan"/>.
/// <para>
/// Method: simulated annealing (fixed numbers of iterations, geometric cooling, one
/// <see cref="Random"/> with a fixed seed per chain, each chain single-threaded: the same output
/// byte for byte on every run). The state is one set of patients; every Table 1 count and the
/// printed whole-cohort event totals hold by construction, and every move keeps them and keeps
/// each patient coherent across endpoints (<see cref="AnnealingMoves"/>). The search runs the
/// stages of an <see cref="AnnealingSchedule"/>. Times are drawn from the printed medians and CI
/// limits (observed times of the curves), their midpoint partners 2m − a, and a
/// <see cref="TimeGrid"/>, all at two decimals, so the statistics are computed on exactly what is
/// written. The objective counts the printed cells the kit's own statistics
/// (<see cref="SubgroupStatistics"/>) miss. A constraint solver was not used: the cells are
/// non-linear functions of the times (products of Greenwood terms, band crossings) and the
/// endpoints share patients, so a linear model would fix most of what is searched here.
/// </para>
/// </summary>
public sealed class SubgroupTableReconstruction
{
    /// <summary>Seed of the first chain; default 20210.</summary>
    public int Seed { get; init; } = 20210;

    /// <summary>The stages of the search; default <see cref="AnnealingSchedule.Default"/>.</summary>
    public AnnealingSchedule Schedule { get; init; } = AnnealingSchedule.Default;

    /// <summary>
    /// Independent annealing chains started (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …),
    /// run in parallel through the stages every chain runs; default 4. How well a chain ends
    /// depends far more on its seed than on the length of its later stages, and its objective after
    /// those first stages predicts it.
    /// </summary>
    public int Chains { get; init; } = 4;

    /// <summary>
    /// How many of the <see cref="Chains"/> go on through the remaining stages: those with the
    /// lowest objective after the stages every chain runs (ties: the first seed); default 2; the
    /// winner is the one with the lowest exact objective at the end.
    /// </summary>
    public int ChainsContinued { get; init; } = 2;

    /// <summary>
    /// End points whose whole-cohort order of events and censorings before their table's first
    /// landmark is held, from the whole-cohort stage on, to one of the orders that let every
    /// subgroup of all but at most <see cref="LandmarkOrders.MaxComplement"/> patients reproduce
    /// its rate and limits there (see <see cref="LandmarkOrders"/>; each position off such an order
    /// costs as much as a missed whole-cohort cell); default none (a trial's plan names them,
    /// <see cref="TablePlan.OrderedEndpoints"/>).
    /// </summary>
    public IReadOnlyList<string> OrderedEndpoints { get; init; } = [];

    /// <summary>Starting temperature of the annealing (each stage scales it); default 1.</summary>
    public double StartTemperature { get; init; } = 1;

    /// <summary>Final temperature of the annealing (each stage scales it); default 0.005.</summary>
    public double EndTemperature { get; init; } = 0.005;

    /// <summary>The seed of the chain whose patients were kept, after <see cref="Run(Trial)"/>.</summary>
    public int WinningSeed { get; private set; }

    /// <summary>Runs the reconstruction for a loaded trial, with the plan in its folder (<see cref="TablePlanJson"/>).</summary>
    /// <exception cref="ArgumentException">The trial lacks Table 1 or a subgroup table, a table does not declare its event, or their totals cannot describe coherent patients.</exception>
    public ReconstructionResult Run(Trial trial) => Run(trial, TablePlanJson.ReadOrDefault(trial.Folder), null);

    /// <summary>
    /// Runs the reconstruction for a loaded trial, reporting to <paramref name="progress"/> when
    /// the search starts, when each chain ends each stage (with the stage's
    /// objective), and which chains go on; the result is the same as without.
    /// </summary>
    /// <param name="trial">The trial, loaded from its data folder.</param>
    /// <param name="plan">What the trial's folder declares about its tables (derived columns, time grid); an empty plan for none.</param>
    /// <param name="progress">Receives the steps, from the chains' threads; null for none.</param>
    /// <exception cref="ArgumentException">The trial lacks Table 1 or a subgroup table, a table does not declare its event, or their totals cannot describe coherent patients.</exception>
    public ReconstructionResult Run(Trial trial, TablePlan plan, IProgress<ReconstructionProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(plan);
        var schema = BaselineSchema.Of(trial, plan);
        var endpoints = TableEndpoints.Of(trial);
        var tables = endpoints.Tables;
        if (Chains < 1 || ChainsContinued < 1 || ChainsContinued > Chains)
            throw new ArgumentException($"The reconstruction needs at least one chain and continues between one and all of them; {Chains} chains with {ChainsContinued} continued were asked for.", nameof(trial));
        var unknown = OrderedEndpoints.Where(e => tables.All(t => t.Endpoint != e)).ToArray();
        if (unknown.Length > 0)
            throw new ArgumentException(
                $"The end points whose order before the first landmark is held must be among the tables' ({string.Join(", ", tables.Select(t => t.Endpoint))}), not {string.Join(", ", unknown.Select(e => $"'{e}'"))}.", nameof(trial));
        var grid = plan.TimeGrid is { } g ? new TimeGrid(g.StepMonths, g.EndMonths) : TimeGrid.Default(LatestPrintedTime(tables));
        // Independent chains, one per seed, run in parallel; the chains with the lowest objectives
        // after the stages every chain runs go on, and the best final objective wins (ties: the first
        // seed), so the outcome does not depend on scheduling.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var landmarkOrders = LandmarkOrders.OfAll(tables.Where(t => OrderedEndpoints.Contains(t.Endpoint)).ToList());
        var annealers = new SubgroupAnnealer[Chains];
        var shared = Schedule.Stages.TakeWhile(s => s.EveryChain).Count();
        var opened = new double[Chains];
        progress?.Report(new ReconstructionProgress(trial.Id,
            string.Create(CultureInfo.InvariantCulture, $"search started: {Chains} chains (seeds {Seed}–{Seed + Chains - 1}) through stages 1–{shared}, {ChainsContinued} of them through stages {shared + 1}–{Schedule.Stages.Count}")));
        Parallel.For(0, Chains, parallel, c =>
        {
            annealers[c] = new SubgroupAnnealer(schema, endpoints, landmarkOrders, grid, Seed + c);
            opened[c] = annealers[c].Open(Schedule, StartTemperature, EndTemperature, StageReporter(trial.Id, Schedule, Seed + c, progress));
        });
        var continued = Enumerable.Range(0, Chains).OrderBy(c => opened[c]).ThenBy(c => c).Take(ChainsContinued).Order().ToArray();
        progress?.Report(new ReconstructionProgress(trial.Id,
            $"going on with seeds {string.Join(", ", continued.Select(c => (Seed + c).ToString(CultureInfo.InvariantCulture)))}"));
        var closed = new (IReadOnlyList<SyntheticPatient> Patients, double Objective)[continued.Length];
        Parallel.For(0, continued.Length, parallel, k =>
            closed[k] = annealers[continued[k]].Close(Schedule, StartTemperature, EndTemperature, StageReporter(trial.Id, Schedule, Seed + continued[k], progress)));
        var winner = 0;
        for (var k = 1; k < closed.Length; k++)
            if (closed[k].Objective < closed[winner].Objective) winner = k;
        var (patients, objective) = closed[winner];
        WinningSeed = Seed + continued[winner];
        var fidelity = FidelityEvaluator.Evaluate(trial, schema, patients);
        return new ReconstructionResult(trial, schema, patients, fidelity, this, objective, grid);
    }

    /// <summary>The latest printed median, confidence limit or landmark time of the tables, in months.</summary>
    private static double LatestPrintedTime(IReadOnlyList<SubgroupSurvivalTable> tables) =>
        tables.SelectMany(t => t.Rows.SelectMany(r => new[] { r.Median, r.MedianLower, r.MedianUpper })
                .Select(c => c?.Value ?? 0)
                .Concat(t.LandmarkTimes.Select(l => (double)l)))
            .DefaultIfEmpty(1)
            .Max();

    private static Action<int, double>? StageReporter(string trialId, AnnealingSchedule schedule, int seed, IProgress<ReconstructionProgress>? progress) =>
        progress is null
            ? null
            : (stage, objective) => progress.Report(new ReconstructionProgress(trialId,
                string.Create(CultureInfo.InvariantCulture, $"stage {stage + 1}/{schedule.Stages.Count} ({schedule.Stages[stage].Name}) done, seed {seed}"),
                objective));

    /// <summary>
    /// Writes <c>ipd.csv</c> and <c>reconstruction.json</c> into <paramref name="folder"/>
    /// (created when missing), and <c>ipd_&lt;group&gt;.csv</c> when added patients are given.
    /// The files depend only on the results: the same results give the same bytes.
    /// </summary>
    public static void Write(ReconstructionResult result, string folder, (AddedPatientsResult Result, AddedPatientsSettings Settings)? added = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(folder, "ipd.csv"), IpdCsv.Format(result.Patients, result.Schema.Columns), utf8);
        if (added is { } a)
            File.WriteAllText(Path.Combine(folder, AddedPatientsCsv.FileNameOf(a.Settings.Group)), AddedPatientsCsv.Format(a.Result.Patients), utf8);
        File.WriteAllText(Path.Combine(folder, "reconstruction.json"), ReconstructionJson.Format(result, added), utf8);
    }
}

/// <summary>The outcome of <see cref="SubgroupTableReconstruction.Run(Trial, TablePlan, IProgress{ReconstructionProgress})"/>.</summary>
/// <param name="Trial">The trial reconstructed.</param>
/// <param name="Schema">Baseline columns and how they map to the printed tables.</param>
/// <param name="Patients">The synthetic patients, numbered 1 to n.</param>
/// <param name="Fidelity">The kit's statistics on the patients compared with every printed cell.</param>
/// <param name="Settings">The settings the reconstruction ran with.</param>
/// <param name="Objective">Final value of the exact objective: missed cells counted as the fidelity table counts them, weighted (n and events ×100, whole-cohort cells ×25, log-rank p ×0.5, each other cell 1) plus 25 per position off an allowed order; 0 would be a perfect fit.</param>
/// <param name="Grid">The grid of candidate times the search used.</param>
public sealed record ReconstructionResult(
    Trial Trial,
    BaselineSchema Schema,
    IReadOnlyList<SyntheticPatient> Patients,
    FidelityTable Fidelity,
    SubgroupTableReconstruction Settings,
    double Objective,
    TimeGrid Grid);
