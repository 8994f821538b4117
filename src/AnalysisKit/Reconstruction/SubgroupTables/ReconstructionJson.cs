using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The <c>reconstruction.json</c> file: what the synthetic patients are, the method, inputs,
/// solver settings and version, seed, and the fidelity table (per kind of cell, reproduced out
/// of compared; then every cell not reproduced with its printed and reproduced value and the
/// reason when known). Numbers are written in their shortest round-trip form; a missing value
/// is null.
/// </summary>
public static class ReconstructionJson
{
    /// <summary>
    /// The text of the file (UTF-8, indented, "\n" line ends). With <paramref name="added"/>
    /// the intention-to-treat section describes the added patients
    /// (<see cref="IntentionToTreatJson"/>); without, there is no such section.
    /// </summary>
    public static string Format(ReconstructionResult result, (AddedPatientsResult Result, AddedPatientsSettings Settings)? added = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var endpoints = TableEndpoints.Of(result.Trial);
        var pfs = endpoints.NameOf(TableEndpoints.ProgressionOrDeath) ?? "progression-or-death (no table)";
        var os = endpoints.NameOf(TableEndpoints.Death) ?? "death (no table)";
        var ttrp = endpoints.NameOf(TableEndpoints.Progression) ?? "progression (no table)";
        var landmarks = result.Trial.SurvivalTables.SelectMany(t => t.LandmarkTimes).Distinct().Order().ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            var settings = result.Settings;
            json.WriteStartObject();
            json.WriteString("trial", result.Trial.Id);
            json.WriteBoolean("synthetic", true);
            json.WriteString("note",
                "Synthetic patients: they reproduce the published tables in aggregate and describe no real patient. " +
                "Do not use them as patient data; every row of ipd.csv carries synthetic = true.");
            json.WriteNumber("patients", result.Patients.Count);
            json.WriteString("method",
                "Simulated annealing over whole synthetic patients, in the stages listed under solver.stages, each drawing its moves from a named mix (solver.mixes). " +
                "From the whole-cohort stage on, the whole-cohort order of events and censorings before the first landmark of each end point in ordered_endpoints must be one that lets every subgroup of all but at most " +
                $"{LandmarkOrders.MaxComplement} patients reproduce its rate and limits there (each position off such an order costs as a missed whole-cohort cell). " +
                "Table 1 counts and the printed whole-cohort event totals hold by construction; moves swap a baseline level, exchange times between two patients, " +
                "change one time, or (where no printed total fixes it) one patient's kind of outcome, keeping every patient coherent " +
                $"(progression: {pfs} = {ttrp} event, {os} >= {pfs}; death without progression: {pfs} = {os} event, {ttrp} censored no later; " +
                $"censored: {pfs} censored, {ttrp} censored no later, {os} >= {pfs}). Times come from the printed medians and CI limits, " +
                $"their midpoint partners 2m - a, and a grid {result.Grid}, at 2 decimals. The objective counts printed cells " +
                "(n and events x100, whole-cohort rows x25, p x0.5) that the kit's Kaplan-Meier and log-rank code miss on the patients; " +
                "a miss costs less the nearer it is (0.6 plus up to 0.4 by its distance) except in an exact stage, where it costs its full weight.");
            json.WriteStartArray("inputs");
            var files = result.Trial.CountTable("Table1").Where(t => t.Columns.Any(c => c.Name == "pct")).Select(t => Path.GetFileName(t.File)).Concat(result.Trial.SurvivalTables.Select(t => t.File).Select(Path.GetFileName));
            foreach (var f in files) json.WriteStringValue(f);
            json.WriteEndArray();
            json.WriteStartObject("solver");
            json.WriteString("name", "simulated annealing (AnalysisKit.Reconstruction.SubgroupTableReconstruction)");
            json.WriteString("version", typeof(SubgroupTableReconstruction).Assembly.GetName().Version?.ToString() ?? "unknown");
            json.WriteString("random", "System.Random with a fixed seed per chain; chains run in parallel, each single-threaded; the chains_continued chains with the lowest objective after the stages every chain runs go on, the best final objective kept (ties: first seed)");
            json.WriteNumber("seed", settings.Seed);
            json.WriteNumber("chains", settings.Chains);
            json.WriteNumber("chains_continued", settings.ChainsContinued);
            json.WriteNumber("winning_seed", settings.WinningSeed);
            json.WriteStartArray("ordered_endpoints");
            foreach (var endpoint in settings.OrderedEndpoints) json.WriteStringValue(endpoint);
            json.WriteEndArray();
            json.WritePropertyName("schedule");
            JsonSerializer.Serialize(json, settings.Schedule, AnnealingSchedule.WriteOptions);
            json.WriteNumber("start_temperature", settings.StartTemperature);
            json.WriteNumber("end_temperature", settings.EndTemperature);
            json.WriteNumber("objective", Math.Round(result.Objective, 6));
            json.WriteEndObject();
            json.WriteStartObject("statistics");
            json.WriteString("kaplan_meier", "product-limit with Greenwood variance, log-transformed 95% intervals (R survfit conf.type = \"log\")");
            json.WriteString("median", "QuantileRule.RQuantileFunction: R quantile.survfit (a curve resting on 0.5 to its last observation gives the midpoint to that observation)");
            json.WriteString("landmarks", $"summary(fit, times = c({string.Join(", ", landmarks)})); no value past the last observation");
            json.WriteString("p", "log-rank (survdiff, rho = 0) across the levels of the row group");
            json.WriteString("agreement", "printed value is a rounding of the reproduced value; times at 2 decimals, proportions and p at 3 (trailing zeros are dropped in print); NA matches a missing value; <0.001 matches a smaller value");
            json.WriteEndObject();
            if (added is { } a) IntentionToTreatJson.Write(json, a.Result, a.Settings);
            json.WriteStartArray("fidelity");
            foreach (var (kind, reproduced, total) in result.Fidelity.Summary)
            {
                json.WriteStartObject();
                json.WriteString("kind", kind);
                json.WriteNumber("reproduced", reproduced);
                json.WriteNumber("total", total);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("cells_not_reproduced");
            foreach (var cell in result.Fidelity.NotReproduced)
            {
                json.WriteStartObject();
                json.WriteString("table", cell.Table);
                json.WriteString("row_group", cell.RowGroup);
                json.WriteString("row_label", cell.RowLabel);
                json.WriteString("column", cell.Column);
                json.WriteString("kind", cell.Kind);
                var comparison = cell.Comparison;
                json.WriteString("published", comparison.Printed.Text);
                if (comparison.Reproduced is { } value) json.WriteNumber("reproduced", Math.Round(value, Math.Max(comparison.Decimals, 2) + 2));
                else json.WriteNull("reproduced");
                json.WriteString("reason", comparison.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
