namespace AnalysisKit.Trials;

/// <summary>
/// The contents of a trial's <c>trial.json</c>: citation, design, population, treatment,
/// patient counts, endpoint definitions as the paper states them, and the list of data files.
/// A property the paper does not state is null (or the text "not stated").
/// </summary>
public sealed record TrialMetadata
{
    /// <summary>Trial identifier; equal to the trial's folder name.</summary>
    public required string Id { get; init; }

    /// <summary>File name of the source text under the seed folder.</summary>
    public required string SeedFile { get; init; }

    /// <summary>What the source text holds (abstract only, full text).</summary>
    public required string SourceText { get; init; }

    /// <summary>The paper.</summary>
    public required Citation Citation { get; init; }

    /// <summary>The trial's design.</summary>
    public required TrialDesign Design { get; init; }

    /// <summary>Who was studied.</summary>
    public required TrialPopulation Population { get; init; }

    /// <summary>The treatment sequence, in order.</summary>
    public required IReadOnlyList<TreatmentStep> Treatment { get; init; }

    /// <summary>Enrolled, treated and evaluable counts.</summary>
    public required PatientCounts Counts { get; init; }

    /// <summary>Endpoints with their definitions.</summary>
    public required IReadOnlyList<EndpointDefinition> Endpoints { get; init; }

    /// <summary>
    /// The transforms of the printed survival intervals, when the printed numbers show them; null
    /// when the paper does not (the ledger then uses R's default, log).
    /// </summary>
    public required IntervalTransforms? CiTransform { get; init; }

    /// <summary>The data files holding the published numbers.</summary>
    public required IReadOnlyList<TrialFileEntry> Files { get; init; }

    /// <summary>Remarks on the source (conflicts, conversion losses).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>The bibliographic record of a trial's paper, as printed in the source text.</summary>
public sealed record Citation
{
    /// <summary>Authors as printed, in order; null when the source text prints no names.</summary>
    public required IReadOnlyList<string>? Authors { get; init; }

    /// <summary>Remark on the authors (for example why they are missing).</summary>
    public required string? AuthorsNote { get; init; }

    /// <summary>Title as printed.</summary>
    public required string Title { get; init; }

    /// <summary>Journal as printed.</summary>
    public required string Journal { get; init; }

    /// <summary>Publication year, when printed.</summary>
    public required int? Year { get; init; }

    /// <summary>Publication date as printed.</summary>
    public required string? PublicationDate { get; init; }

    /// <summary>Volume, when printed.</summary>
    public required string? Volume { get; init; }

    /// <summary>Issue, when printed.</summary>
    public required string? Issue { get; init; }

    /// <summary>Pages or article number, when printed.</summary>
    public required string? Pages { get; init; }

    /// <summary>DOI, when printed.</summary>
    public required string? Doi { get; init; }

    /// <summary>Registry numbers exactly as printed (several when the text prints conflicting ones).</summary>
    public required IReadOnlyList<string> RegistryNumbers { get; init; }

    /// <summary>Remark on the registry numbers or missing fields.</summary>
    public required string? RegistryNote { get; init; }

    /// <summary>Source-text lines the citation was read from.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>How the trial was run.</summary>
public sealed record TrialDesign
{
    /// <summary>Phase as printed ("II", "2").</summary>
    public required string Phase { get; init; }

    /// <summary>The design in the paper's words.</summary>
    public required string Description { get; init; }

    /// <summary>Number of arms, when stated or evident.</summary>
    public required int? Arms { get; init; }

    /// <summary>Masking ("open-label"), when stated.</summary>
    public required string? Masking { get; init; }

    /// <summary>Centres, when stated.</summary>
    public required string? Centres { get; init; }

    /// <summary>Source-text lines.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>Who was studied.</summary>
public sealed record TrialPopulation
{
    /// <summary>The population in plain words.</summary>
    public required string Description { get; init; }

    /// <summary>Eligibility criteria as stated.</summary>
    public required IReadOnlyList<string> Criteria { get; init; }

    /// <summary>Source-text lines.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>One step of the treatment sequence.</summary>
public sealed record TreatmentStep
{
    /// <summary>Position in the sequence, from 1.</summary>
    public required int Order { get; init; }

    /// <summary>The therapy.</summary>
    public required string Therapy { get; init; }

    /// <summary>Dose as stated.</summary>
    public required string Dose { get; init; }

    /// <summary>Timing as stated.</summary>
    public required string Timing { get; init; }

    /// <summary>Source-text lines.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>How many patients the paper reports at each stage; null when not stated.</summary>
public sealed record PatientCounts
{
    /// <summary>Patients enrolled.</summary>
    public required int? Enrolled { get; init; }

    /// <summary>Patients treated per protocol.</summary>
    public required int? Treated { get; init; }

    /// <summary>Patients evaluable for the main analyses.</summary>
    public required int? Evaluable { get; init; }

    /// <summary>How the counts relate, in plain words.</summary>
    public required string Note { get; init; }

    /// <summary>Source-text lines.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>An endpoint as the paper defines it.</summary>
public sealed record EndpointDefinition
{
    /// <summary>Endpoint name (with abbreviation).</summary>
    public required string Name { get; init; }

    /// <summary>primary, secondary or "not stated".</summary>
    public required string Role { get; init; }

    /// <summary>The definition in the paper's words.</summary>
    public required string Definition { get; init; }

    /// <summary>Time origin of a time-to-event endpoint, when stated.</summary>
    public required string? TimeOrigin { get; init; }

    /// <summary>What counts as an event, when stated.</summary>
    public required string? Events { get; init; }

    /// <summary>How follow-up without an event is censored, when stated.</summary>
    public required string? Censoring { get; init; }

    /// <summary>Response criteria (RECIST 1.0, RECIST 1.1), when stated.</summary>
    public required string? ResponseCriteria { get; init; }

    /// <summary>Assessment timing, or "not stated".</summary>
    public required string Assessment { get; init; }

    /// <summary>Source-text lines.</summary>
    public required IReadOnlyList<int> SeedLines { get; init; }
}

/// <summary>How a data file is laid out.</summary>
public enum TrialFileLayout
{
    /// <summary>Numbers printed in running text, one row per number (<c>statements</c>).</summary>
    Statements,
    /// <summary>A printed table of counts, percentages or summary statistics, one row per printed row (<c>counts</c>).</summary>
    Counts,
    /// <summary>A subgroup Kaplan–Meier summary table, one row per printed row (<c>subgroup_survival</c>).</summary>
    SubgroupSurvival,
}

/// <summary>One data file of a trial, as listed in <c>trial.json</c>.</summary>
public sealed record TrialFileEntry
{
    /// <summary>File name within the trial folder.</summary>
    public required string File { get; init; }

    /// <summary>Layout: <c>statements</c>, <c>counts</c> or <c>subgroup_survival</c>.</summary>
    public required string Layout { get; init; }

    /// <summary>Table name (<c>TableN</c>) for tables; null for statements.</summary>
    public required string? Table { get; init; }

    /// <summary>Title as printed (or a description for statements).</summary>
    public required string Title { get; init; }

    /// <summary>Endpoint of a survival table (PFS, OS, TTRP); otherwise null.</summary>
    public required string? Endpoint { get; init; }

    /// <summary>Time unit of a survival table ("months"); otherwise null.</summary>
    public required string? TimeUnit { get; init; }

    /// <summary>
    /// What ends a survival table's time, when declared: <c>death</c>, <c>progression</c> or
    /// <c>progression_or_death</c> (see <see cref="EndpointEvents"/>); optional, null otherwise.
    /// The reconstruction of patients from subgroup tables needs it to couple the endpoints.
    /// </summary>
    public string? Event { get; init; }

    /// <summary>The declared <see cref="Event"/> as an enum value; null when none is declared.</summary>
    /// <exception cref="ArgumentException">The declared name is not one of the three.</exception>
    public EndpointEvent? EventKind => Event is null ? null : EndpointEvents.Parse(Event);

    /// <summary>Number of patients the file describes, when stated.</summary>
    public required int? Population { get; init; }

    /// <summary>Source-text lines the file covers ("311-388").</summary>
    public required string SeedLines { get; init; }

    /// <summary>Value columns of a <c>counts</c> table; null for other layouts.</summary>
    public required IReadOnlyList<CountColumn>? Columns { get; init; }

    /// <summary>The layout as an enum value; throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public TrialFileLayout LayoutKind => Layout switch
    {
        "statements" => TrialFileLayout.Statements,
        "counts" => TrialFileLayout.Counts,
        "subgroup_survival" => TrialFileLayout.SubgroupSurvival,
        _ => throw new ArgumentException($"the layout '{Layout}' is unknown; use statements, counts or subgroup_survival."),
    };
}

/// <summary>A value column of a counts table, declared in <c>trial.json</c>.</summary>
public sealed record CountColumn
{
    /// <summary>Column name in the CSV header.</summary>
    public required string Name { get; init; }

    /// <summary>Kind name (see <see cref="ValueKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>What the column measures, in plain words.</summary>
    public required string Quantity { get; init; }
}
