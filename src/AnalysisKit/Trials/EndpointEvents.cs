namespace AnalysisKit.Trials;

/// <summary>
/// What ends a time-to-event endpoint, as a subgroup survival table's entry in <c>trial.json</c>
/// declares it. The three couple endpoints of the same patients: a progression ends
/// <see cref="Progression"/> and <see cref="ProgressionOrDeath"/> at the same time; a death without
/// progression ends <see cref="ProgressionOrDeath"/> and <see cref="Death"/> at the same time and
/// censors <see cref="Progression"/> no later; death is never before progression-or-death.
/// </summary>
public enum EndpointEvent
{
    /// <summary>Death from any cause (overall survival): <c>death</c>.</summary>
    Death,
    /// <summary>Progression only, death censoring it (time to progression, TTRP): <c>progression</c>.</summary>
    Progression,
    /// <summary>Progression or death, whichever comes first (progression-free survival): <c>progression_or_death</c>.</summary>
    ProgressionOrDeath,
}

/// <summary>The names of <see cref="EndpointEvent"/> in <c>trial.json</c>.</summary>
public static class EndpointEvents
{
    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["death", "progression", "progression_or_death"];

    /// <summary>The event of a name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static EndpointEvent Parse(string name) => name switch
    {
        "death" => EndpointEvent.Death,
        "progression" => EndpointEvent.Progression,
        "progression_or_death" => EndpointEvent.ProgressionOrDeath,
        _ => throw new ArgumentException($"'{name}' is not an endpoint event; use one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The name of an event in <c>trial.json</c>.</summary>
    public static string NameOf(EndpointEvent value) => Names[(int)value];
}
