using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// What a survival number printed in running text is about: the endpoint (PFS, OS, TTP,
/// TTRP...), the subgroup (<c>null</c> for the whole cohort) and the patient counts the sentence
/// names. Read from the statement's row group and row label, for example row group
/// "Progression-free survival (34 patients)" with row label "All patients", or row group
/// "PFS log-rank" with row label "Hepatitis status".
/// </summary>
/// <param name="Endpoint">Endpoint abbreviation in capitals (PFS, OS, TTP, TTRP, IFPFS).</param>
/// <param name="Subgroup">The subgroup or the compared variable as printed; null for the whole cohort.</param>
/// <param name="Populations">Patient counts named in the row group ("(34 and 38 patients)" gives 34 and 38); empty when none.</param>
public sealed partial record SurvivalStatementKey(string Endpoint, string? Subgroup, IReadOnlyList<int> Populations)
{
    private static readonly (string Name, string Abbreviation)[] EndpointNames =
    [
        ("infield progression-free survival", "IFPFS"),
        ("progression-free survival", "PFS"),
        ("overall survival", "OS"),
        ("time to radiographic progression", "TTRP"),
        ("time to radiological progression", "TTRP"),
        ("time to progression", "TTP"),
    ];

    private static readonly string[] Abbreviations = ["PFS", "OS", "TTP", "TTRP", "IFPFS"];

    private static readonly string[] WholeCohortLabels = ["All patients", "Entire cohort", "All"];

    /// <summary>True when the key applies to <paramref name="patients"/> patients (no count named, or that count among them).</summary>
    public bool Covers(int patients) => Populations.Count == 0 || Populations.Contains(patients);

    /// <summary>
    /// The endpoint named by a text: a full name ("Overall survival", "Time to radiographic
    /// progression (34 and 38 patients)") or an abbreviation as the first word ("PFS log-rank").
    /// Null when the text names none.
    /// </summary>
    public static string? EndpointOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        foreach (var (name, abbreviation) in EndpointNames)
        {
            if (lower.StartsWith(name, StringComparison.Ordinal)) return abbreviation;
        }
        var first = text.Split(' ', 2)[0];
        return Abbreviations.Contains(first, StringComparer.Ordinal) ? first : null;
    }

    /// <summary>True for the labels that mean the whole cohort ("All patients", "Entire cohort").</summary>
    public static bool IsWholeCohort(string label) => WholeCohortLabels.Contains(label, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The key of a statement about a time-to-event endpoint: from the row group when it names
    /// an endpoint (then the row label is the subgroup), otherwise from the row label (whole
    /// cohort). Null for a statement about no survival endpoint.
    /// </summary>
    public static SurvivalStatementKey? Of(PublishedValue statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var populations = PopulationPattern().Matches(statement.RowGroup)
            .SelectMany(m => NumberPattern().Matches(m.Value).Select(n => int.Parse(n.Value, CultureInfo.InvariantCulture)))
            .ToList();
        if (EndpointOf(statement.RowGroup) is { } endpoint)
            return new SurvivalStatementKey(endpoint, IsWholeCohort(statement.RowLabel) ? null : statement.RowLabel, populations);
        if (EndpointOf(statement.RowLabel) is { } fromLabel)
            return new SurvivalStatementKey(fromLabel, null, populations);
        return null;
    }

    /// <summary>
    /// The row groups of a subgroup table that a printed variable name refers to. The name may
    /// join two variables with " or " ("Number of nodules or tumor morphology"), end in
    /// " status" or " stage" ("Hepatitis status" for the row group "Hepatitis"), or use another
    /// form of the same word ("Metastatic status" for "Metastasis": one word each, the same
    /// first seven letters). Comparison ignores case.
    /// </summary>
    public static IReadOnlyList<string> MatchingRowGroups(string printedName, IEnumerable<string> rowGroups)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        ArgumentNullException.ThrowIfNull(rowGroups);
        var groups = rowGroups.Distinct(StringComparer.Ordinal).ToList();
        var parts = printedName.Split(" or ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var found = new List<string>();
        foreach (var part in parts)
        {
            var stripped = StripSuffix(part);
            foreach (var group in groups)
            {
                if (found.Contains(group)) continue;
                if (Same(part, group) || Same(stripped, group) || SameStem(stripped, group)) found.Add(group);
            }
        }
        return found;
    }

    private static string StripSuffix(string name)
    {
        foreach (var suffix in new[] { " status", " stage" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return name[..^suffix.Length];
        }
        return name;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SameStem(string a, string b) =>
        !a.Contains(' ') && !b.Contains(' ') && a.Length >= 7 && b.Length >= 7
        && string.Equals(a[..7], b[..7], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\(([^)]*patients)\)")]
    private static partial Regex PopulationPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
