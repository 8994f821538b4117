using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The subgroup survival tables a reconstruction fits and the outcome of the patients each
/// describes, as <c>trial.json</c> declares what ends each table's endpoint
/// (<see cref="EndpointEvent"/>): one, two or three tables of any names, at most one per kind of
/// event. Every synthetic patient has all three latent outcomes, kept coherent (see
/// <see cref="EndpointEvent"/>); a table scores the outcome it declares, and an outcome no table
/// declares is left free.
/// </summary>
internal sealed class TableEndpoints
{
    /// <summary>Index of the progression-or-death outcome (PFS).</summary>
    public const int ProgressionOrDeath = 0;
    /// <summary>Index of the death outcome (OS).</summary>
    public const int Death = 1;
    /// <summary>Index of the progression outcome (time to progression, death censoring it).</summary>
    public const int Progression = 2;

    private readonly SubgroupSurvivalTable?[] _byOutcome = new SubgroupSurvivalTable?[3];

    private TableEndpoints(IReadOnlyList<SubgroupSurvivalTable> tables)
    {
        Tables = tables;
        foreach (var table in tables) _byOutcome[OutcomeOf(table)] = table;
    }

    /// <summary>The tables, in <c>trial.json</c> order (the order of the endpoints in <c>ipd.csv</c>).</summary>
    public IReadOnlyList<SubgroupSurvivalTable> Tables { get; }

    /// <summary>The table that scores an outcome; null when none does.</summary>
    public SubgroupSurvivalTable? TableOf(int outcome) => _byOutcome[outcome];

    /// <summary>The endpoint name of an outcome's table; null when no table declares it.</summary>
    public string? NameOf(int outcome) => _byOutcome[outcome]?.Endpoint;

    /// <summary>The whole-cohort number of events the table of an outcome prints; null when no table declares the outcome.</summary>
    public int? EventTotal(int outcome) => _byOutcome[outcome] is { } table ? (int)table.AllPatients!.Events!.Value!.Value : null;

    /// <summary>The outcome index of a table (<see cref="ProgressionOrDeath"/>, <see cref="Death"/> or <see cref="Progression"/>).</summary>
    public int OutcomeOf(SubgroupSurvivalTable table) => table.Event switch
    {
        EndpointEvent.ProgressionOrDeath => ProgressionOrDeath,
        EndpointEvent.Death => Death,
        EndpointEvent.Progression => Progression,
        _ => throw new ArgumentException($"The subgroup table {table.Table} does not declare what ends its endpoint's time.", nameof(table)),
    };

    /// <summary>
    /// The subgroup tables of a trial, checked: each declares its event in <c>trial.json</c>
    /// (<c>"event"</c>: <c>death</c>, <c>progression</c> or <c>progression_or_death</c>), no two
    /// declare the same, and each has a whole-cohort row with n and events.
    /// </summary>
    /// <exception cref="ArgumentException">The trial has no subgroup survival table, or a table breaks one of these rules.</exception>
    public static TableEndpoints Of(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var tables = trial.SurvivalTables.ToList();
        if (tables.Count == 0)
            throw new ArgumentException($"Trial {trial.Id} has no subgroup survival table to rebuild patients from.", nameof(trial));
        var seen = new Dictionary<EndpointEvent, SubgroupSurvivalTable>();
        foreach (var table in tables)
        {
            if (table.Event is not { } kind)
                throw new ArgumentException(
                    $"{TrialJson.FileName} of trial {trial.Id}: the entry of {Path.GetFileName(table.File)} ({table.Endpoint}) needs \"event\": one of {string.Join(", ", EndpointEvents.Names)}, "
                    + "so that the reconstruction knows how its endpoint is coupled with the others.", nameof(trial));
            if (seen.TryGetValue(kind, out var other))
                throw new ArgumentException(
                    $"Trial {trial.Id}: {other.Table} ({other.Endpoint}) and {table.Table} ({table.Endpoint}) both declare the event '{EndpointEvents.NameOf(kind)}'; the reconstruction fits one table per kind of event.", nameof(trial));
            seen[kind] = table;
            if (table.AllPatients is not { N.Value: not null, Events.Value: not null })
                throw new ArgumentException($"Trial {trial.Id}: {table.Table} ({table.Endpoint}) has no whole-cohort row (row group All) with n and events.", nameof(trial));
        }
        return new TableEndpoints(tables);
    }
}
