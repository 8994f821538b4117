namespace AnalysisKit.Reconstruction;

/// <summary>
/// One stage of the subgroup-table search (<see cref="SubgroupTableReconstruction"/>): what it
/// scores, which moves it makes and how often, and its budget. The default schedule is
/// <see cref="AnnealingSchedule.Default"/>; a trial's <see cref="TablePlan.Schedule"/> may replace it.
/// </summary>
public sealed record AnnealingStage
{
    /// <summary>Name shown in progress lines and <c>reconstruction.json</c>.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// What counts: <c>counts</c> (each row's n and events only), <c>whole_cohort</c> (the
    /// whole-cohort rows, and the allowed orders of <see cref="SubgroupTableReconstruction.OrderedEndpoints"/>;
    /// subgroup rows their n and events), or <c>tables</c> (every printed cell of the scored endpoints).
    /// </summary>
    public required string Scoring { get; init; }

    /// <summary>With <c>tables</c> scoring, the endpoints whose every cell counts, by what ends them (<c>progression</c>, <c>progression_or_death</c>, <c>death</c>); the others count only n and events. Null: all. A stage whose endpoints no table prints is skipped.</summary>
    public IReadOnlyList<string>? Endpoints { get; init; }

    /// <summary>Whether the printed log-rank p-values count.</summary>
    public bool LogRank { get; init; }

    /// <summary>Whether each miss costs its full weight however near it is (otherwise a miss costs less the nearer it is, to guide the search).</summary>
    public bool Exact { get; init; }

    /// <summary>The name of the stage's mix of moves (<see cref="AnnealingSchedule.Mixes"/>); null only with <see cref="EachVariable"/>.</summary>
    public string? Moves { get; init; }

    /// <summary>Iterations of one run (of each variable's run with <see cref="EachVariable"/>).</summary>
    public required int Iterations { get; init; }

    /// <summary>Runs at most, restarting while the objective is above zero (see <see cref="Restart"/>); default 1.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>
    /// How a run restarts: <c>everything</c> (new random levels and kinds of outcome; the last run
    /// is kept) or <c>times</c> (new random times, every patient keeping level and kind; the best
    /// run is kept). Null when <see cref="Attempts"/> is 1.
    /// </summary>
    public string? Restart { get; init; }

    /// <summary>Whether a run stops as soon as the objective is zero.</summary>
    public bool StopAtZero { get; init; }

    /// <summary>Start temperature as a multiple of the reconstruction's start temperature; default 1.</summary>
    public double StartTemperature { get; init; } = 1;

    /// <summary>End temperature as a multiple of the reconstruction's end temperature; default 1.</summary>
    public double EndTemperature { get; init; } = 1;

    /// <summary>A fixed temperature for the whole stage, overriding the two multiples (a descent: 1e-9 keeps only moves that add no miss); null for none.</summary>
    public double? Temperature { get; init; }

    /// <summary>Whether the stage runs once per baseline variable, in schema order, with only that variable's level swaps (the moves are then ignored).</summary>
    public bool EachVariable { get; init; }

    /// <summary>Whether every chain runs the stage; the chains that go on are chosen after the last such stage (all stages before it must be so too).</summary>
    public bool EveryChain { get; init; }
}

/// <summary>A move of a mix and its weight (see <see cref="AnnealingMoves"/> for the names).</summary>
public sealed record StageMove
{
    /// <summary>The move's name (<see cref="AnnealingMoves.Names"/>).</summary>
    public required string Move { get; init; }

    /// <summary>Relative weight: the move is drawn with probability weight / sum of weights.</summary>
    public required double Weight { get; init; }

    /// <summary><c>exchange_death_times</c>: only between two patients of the same death status; default false.</summary>
    public bool SameStatus { get; init; }

    /// <summary><c>resample_progression_censoring</c>: the probability that the new censoring is an earlier pool time (otherwise a time near the old one); default 0.</summary>
    public double Earlier { get; init; }
}
