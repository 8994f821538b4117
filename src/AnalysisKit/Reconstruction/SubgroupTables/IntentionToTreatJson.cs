using System.Globalization;
using System.Text.Json;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The <c>intention_to_treat</c> section of <c>reconstruction.json</c> for a trial whose plan
/// declares added patients (<see cref="AddedPatientsSettings"/>): the patients added to the
/// tables' patients (population, file, method, grid, tie-break) and the
/// fidelity list of every printed intention-to-treat number (printed text, the kit's value,
/// agreement, reason when not reproduced).
/// </summary>
public static class IntentionToTreatJson
{
    /// <summary>Writes the section as a property of the object being written.</summary>
    public static void Write(Utf8JsonWriter json, AddedPatientsResult result, AddedPatientsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        var file = AddedPatientsCsv.FileNameOf(settings.Group);
        var targets = result.Targets;
        var reproduced = result.Cells.Count(c => c.Comparison.Agrees);
        json.WriteStartObject("intention_to_treat");
        json.WriteNumber("population", targets.Population);
        json.WriteString("added", settings.Description);
        json.WriteString("status", string.Create(CultureInfo.InvariantCulture,
            $"reconstructed: {result.Patients.Count} synthetic added patients in {file} (PFS and OS only; Table 1 describes the tables' patients); "
            + $"with the tables' patients they reproduce {reproduced} of {result.Cells.Count} printed {targets.Population}-patient numbers"));
        json.WriteString("file", file);
        json.WriteNumber("patients", result.Patients.Count);
        json.WriteString("method",
            "Exhaustive search, per end point, over every multiset of added patients on a grid of times, each patient an event or a censoring; "
            + "scored by the printed numbers that the kit's Kaplan-Meier (log CI, R quantile.survfit median) on treated plus added patients reproduces at the printed decimals; "
            + "the printed PFS event count fixes how many PFS events are added. Patients are then paired PFS with OS coherently "
            + "(OS >= PFS; a PFS event without death, or before it, is a progression; a death with PFS = OS is a PFS event too).");
        json.WriteStartObject("grid");
        json.WriteString("rule",
            "times at 2 decimals: the treated patients' times; for events also one time inside each gap between them (the midpoint, rounded down), "
            + "for censorings only the gap before the first; the last time + 1; the times that round to each printed median or limit (one per position among the treated times, nearest the printed value); "
            + "and the midpoint partners 2v - a of treated times a within 2 months below each printed value v");
        foreach (var line in result.Grid)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            json.WriteString(line[..colon], line[(colon + 1)..].Trim());
        }
        json.WriteEndObject();
        json.WriteString("tie_break",
            "event counts from most to fewest; OS placements latest times first, PFS placements earliest times first (non-decreasing grid index tuples in lexicographic order); "
            + "the first best OS placement with the first best PFS placement that pairs with it; patients numbered by PFS time, then OS time");
        json.WriteNumber("placements_evaluated", result.Evaluated);
        json.WriteStartArray("fidelity");
        foreach (var cell in result.Cells)
        {
            json.WriteStartObject();
            var comparison = cell.Comparison;
            json.WriteString("endpoint", cell.Endpoint);
            json.WriteString("row_group", cell.RowGroup);
            json.WriteString("column", cell.Column);
            json.WriteString("published", comparison.Printed.Text);
            if (comparison.Reproduced is { } value) json.WriteNumber("reproduced", Math.Round(value, 4));
            else json.WriteNull("reproduced");
            json.WriteBoolean("agrees", comparison.Agrees);
            json.WriteString("reason", comparison.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
