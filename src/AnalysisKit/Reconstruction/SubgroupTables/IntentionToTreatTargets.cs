using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The whole-cohort survival numbers a paper prints for its intention-to-treat population (every
/// enrolled patient, not only those who completed the protocol): the statements whose row group
/// names the endpoint and the population, for example "Progression-free survival (38 patients)"
/// with row label "All patients", in the columns <c>events</c>, <c>median</c>,
/// <c>median_lower</c> and <c>median_upper</c>.
/// </summary>
/// <param name="Population">The number of patients the statements are about (all enrolled patients).</param>
/// <param name="Cells">The printed numbers, in statement-file order.</param>
public sealed record IntentionToTreatTargets(int Population, IReadOnlyList<PublishedValue> Cells)
{
    /// <summary>The columns read, in the order a fidelity list prints them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["events", "median", "median_lower", "median_upper"];

    /// <summary>The end points the reconstruction covers.</summary>
    public static IReadOnlyList<string> Endpoints { get; } = ["PFS", "OS"];

    /// <summary>The endpoint (PFS or OS) a cell is about.</summary>
    public static string EndpointOf(PublishedValue cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return SurvivalStatementKey.Of(cell)?.Endpoint
            ?? throw new ArgumentException($"The statement '{cell.Id}' is not about a survival end point.", nameof(cell));
    }

    /// <summary>The printed cells of one end point and column, or null when the paper prints none.</summary>
    public PublishedValue? Cell(string endpoint, string column) =>
        Cells.FirstOrDefault(c => EndpointOf(c) == endpoint && c.Column == column);

    /// <summary>
    /// Reads the PFS and OS statements about exactly <paramref name="population"/> patients, whole
    /// cohort, with a printed value.
    /// </summary>
    /// <exception cref="ArgumentException">The population is not positive, or the trial prints no such statement.</exception>
    public static IntentionToTreatTargets Of(Trial trial, int population)
    {
        ArgumentNullException.ThrowIfNull(trial);
        if (population < 1)
            throw new ArgumentException($"The intention-to-treat population must hold at least one patient; {population} was given.", nameof(population));
        var cells = trial.PublishedValues
            .Where(v => v.Value is not null && Columns.Contains(v.Column, StringComparer.Ordinal))
            .Where(v => SurvivalStatementKey.Of(v) is { Subgroup: null } key
                        && Endpoints.Contains(key.Endpoint, StringComparer.Ordinal)
                        && key.Populations.Count == 1 && key.Populations[0] == population)
            // A number the paper repeats (the discussion's 13.9 after the results') is one target.
            .GroupBy(v => (SurvivalStatementKey.Of(v)!.Endpoint, v.Column))
            .Select(g => g.First())
            .ToList();
        if (cells.Count == 0)
            throw new ArgumentException(
                $"Trial {trial.Id} prints no whole-cohort PFS or OS number about {population} patients (a row group such as \"Overall survival ({population} patients)\").",
                nameof(population));
        return new IntentionToTreatTargets(population, cells);
    }
}
