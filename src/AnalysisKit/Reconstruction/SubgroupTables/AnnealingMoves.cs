namespace AnalysisKit.Reconstruction;

/// <summary>
/// The moves of the subgroup-table search. Each keeps every Table 1 count (levels are swapped
/// between patients), the printed whole-cohort event totals and every patient coherent (see
/// <see cref="Trials.EndpointEvent"/>): a progression ends progression-or-death at the same time
/// and death comes no earlier; a death without progression ends progression-or-death and death at
/// the same time and censors progression no later; a censored patient's progression censoring
/// is no later than their progression-or-death censoring, and death comes no earlier.
/// </summary>
public static class AnnealingMoves
{
    /// <summary>Two patients exchange the level of one baseline variable.</summary>
    public const string SwapLevels = "swap_levels";
    /// <summary>A member of a row that prints a median or CI limit takes one of those times on the row's endpoint.</summary>
    public const string DirectedTime = "directed_time";
    /// <summary>Two patients exchange all their times and statuses (the whole-cohort curves stay as they are).</summary>
    public const string ExchangePatientsTimes = "exchange_patients_times";
    /// <summary>Two patients of the same kind exchange their progression-or-death time (with the progression for progressions, the death for deaths).</summary>
    public const string ExchangeFirstEventTimes = "exchange_first_event_times";
    /// <summary>Two patients who did not die before progression exchange their death time and status.</summary>
    public const string ExchangeDeathTimes = "exchange_death_times";
    /// <summary>Two patients without progression exchange their progression censoring times.</summary>
    public const string ExchangeProgressionCensorings = "exchange_progression_censorings";
    /// <summary>One patient's progression-or-death time takes a new pool time (the others follow where coherence needs).</summary>
    public const string ResampleFirstEventTime = "resample_first_event_time";
    /// <summary>One patient who did not die before progression takes a new death or last-contact time.</summary>
    public const string ResampleDeathTime = "resample_death_time";
    /// <summary>One patient without progression takes a new progression censoring time.</summary>
    public const string ResampleProgressionCensoring = "resample_progression_censoring";
    /// <summary>Two patients who did not die before progression exchange their death status (one patient changes alone when no table prints deaths).</summary>
    public const string ExchangeDeathStatus = "exchange_death_status";
    /// <summary>A progression becomes a death without progression and a death a progression (one patient changes kind alone where no printed total fixes the kinds).</summary>
    public const string ExchangeKinds = "exchange_kinds";

    /// <summary>Every move name.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        SwapLevels, DirectedTime, ExchangePatientsTimes, ExchangeFirstEventTimes, ExchangeDeathTimes, ExchangeProgressionCensorings,
        ResampleFirstEventTime, ResampleDeathTime, ResampleProgressionCensoring, ExchangeDeathStatus, ExchangeKinds,
    ];
}
