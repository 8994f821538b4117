using System.Text.Json;
using System.Text.Json.Serialization;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The stages of the subgroup-table search and the mixes of moves they draw from, as data. The
/// default (<see cref="Default"/>, the file <c>annealing-stages.json</c> built into the library)
/// runs eight stages: the counts; the whole-cohort rows; the progression table alone; the
/// progression and progression-or-death tables (which share every progression time); every
/// printed cell with the log-rank p-values; each variable's levels alone; the progression
/// censoring times alone; and an exact descent that keeps only moves adding no miss. Why the
/// stages come in this order, and what each was measured to add, is written in the
/// reconstruction notes of the trial they were tuned on.
/// </summary>
/// <param name="Mixes">Named mixes of moves with their weights.</param>
/// <param name="Stages">The stages in order.</param>
public sealed record AnnealingSchedule(
    IReadOnlyDictionary<string, IReadOnlyList<StageMove>> Mixes,
    IReadOnlyList<AnnealingStage> Stages)
{
    /// <summary>How a schedule is read: as every hand-written file of the kit (<see cref="StrictJsonFile.Options"/>).</summary>
    internal static JsonSerializerOptions JsonOptions => StrictJsonFile.Options;

    /// <summary>How <c>reconstruction.json</c> writes a schedule: as it is read, leaving out values that are null, false or zero.</summary>
    internal static readonly JsonSerializerOptions WriteOptions = new(JsonOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    private static readonly Lazy<AnnealingSchedule> BuiltIn = new(() =>
    {
        using var stream = typeof(AnnealingSchedule).Assembly.GetManifestResourceStream("AnalysisKit.Reconstruction.annealing-stages.json")
            ?? throw new InvalidOperationException("The built-in annealing schedule is missing from the library.");
        var schedule = JsonSerializer.Deserialize<AnnealingSchedule>(stream, JsonOptions)!;
        schedule.Check();
        return schedule;
    });

    /// <summary>The built-in schedule.</summary>
    public static AnnealingSchedule Default => BuiltIn.Value;

    /// <summary>The moves of a stage, in draw order (empty for a stage that runs each variable's level swaps).</summary>
    public IReadOnlyList<StageMove> MovesOf(AnnealingStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.Moves is null ? [] : Mixes[stage.Moves];
    }

    /// <summary>The schedule with one stage's iterations changed (for short runs).</summary>
    /// <exception cref="ArgumentException">No stage has that name.</exception>
    public AnnealingSchedule WithIterations(string stage, int iterations)
    {
        if (Stages.All(s => s.Name != stage))
            throw new ArgumentException($"The schedule has no stage '{stage}'; its stages are {string.Join(", ", Stages.Select(s => s.Name))}.", nameof(stage));
        var changed = this with { Stages = Stages.Select(s => s.Name == stage ? s with { Iterations = iterations } : s).ToList() };
        changed.Check();
        return changed;
    }

    /// <summary>
    /// Checks the schedule: known scorings, endpoint events, restarts and moves; positive
    /// iterations and attempts; non-negative weights with a positive sum; every stage that every
    /// chain runs before any that only some do.
    /// </summary>
    /// <exception cref="ArgumentException">The first rule broken, naming the stage.</exception>
    public void Check()
    {
        if (Stages.Count == 0) throw new ArgumentException("An annealing schedule needs at least one stage.");
        foreach (var (name, moves) in Mixes)
        {
            foreach (var m in moves.Where(m => !AnnealingMoves.Names.Contains(m.Move, StringComparer.Ordinal)))
                throw new ArgumentException($"The mix '{name}' names the move '{m.Move}'; the moves are {string.Join(", ", AnnealingMoves.Names)}.");
            if (moves.Any(m => !(m.Weight >= 0) || !(m.Earlier is >= 0 and <= 1)) || !(moves.Sum(m => m.Weight) > 0))
                throw new ArgumentException($"The mix '{name}' needs weights of 0 or more with a positive sum, and an 'earlier' probability between 0 and 1.");
        }
        var everyChain = true;
        foreach (var stage in Stages)
        {
            var where = $"The stage '{stage.Name}'";
            if (stage.Scoring is not ("counts" or "whole_cohort" or "tables"))
                throw new ArgumentException($"{where} has the scoring '{stage.Scoring}'; use counts, whole_cohort or tables.");
            foreach (var e in stage.Endpoints ?? [])
                if (!Trials.EndpointEvents.Names.Contains(e, StringComparer.Ordinal))
                    throw new ArgumentException($"{where} names the endpoint event '{e}'; use {string.Join(", ", Trials.EndpointEvents.Names)}.");
            if (stage.Moves is null ? !stage.EachVariable : !Mixes.ContainsKey(stage.Moves))
                throw new ArgumentException($"{where} needs the name of one of the mixes ({string.Join(", ", Mixes.Keys)}), unless it runs each variable's level swaps.");
            if (stage.Iterations < 1 || stage.Attempts < 1)
                throw new ArgumentException($"{where} needs at least one iteration and one attempt.");
            if (stage.Attempts > 1 && stage.Restart is not ("everything" or "times"))
                throw new ArgumentException($"{where} runs {stage.Attempts} attempts and needs a restart: everything or times.");
            if (stage.EveryChain && !everyChain)
                throw new ArgumentException($"{where} is run by every chain but comes after a stage that only the chosen chains run.");
            everyChain &= stage.EveryChain;
        }
    }
}
