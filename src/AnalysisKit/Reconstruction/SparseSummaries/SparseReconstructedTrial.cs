using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Synthetic patients rebuilt from an abstract, with their fidelity table; writes
/// <c>ipd.csv</c>, <c>reconstruction.json</c> and the "Synthetic patients" section of the
/// trial's <c>README.md</c>.
/// </summary>
public sealed class SparseReconstructedTrial : IReconstructedTrial
{
    /// <summary>Name of the synthetic patient file.</summary>
    public const string PatientFile = "ipd.csv";

    /// <summary>Name of the file documenting the reconstruction.</summary>
    public const string ReportFile = "reconstruction.json";

    /// <summary>The README heading under which the fidelity summary is written.</summary>
    public const string ReadmeHeading = "## Synthetic patients";

    /// <summary>Version of the method, written into <c>reconstruction.json</c>.</summary>
    public const string MethodVersion = "sparse-summaries 1";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal SparseReconstructedTrial(string trialId, SparseReconstructionPlan plan, SearchOutcome outcome, ModelDescription model, IReadOnlyList<FidelityRow> fidelity)
    {
        TrialId = trialId;
        Plan = plan;
        Outcome = outcome;
        Model = model;
        Fidelity = fidelity;
    }

    /// <inheritdoc/>
    public string TrialId { get; }

    /// <summary>The plan the patients were built from.</summary>
    public SparseReconstructionPlan Plan { get; }

    /// <summary>The search's result: chosen parameters, time moves, patients.</summary>
    public SearchOutcome Outcome { get; }

    /// <summary>The chosen model.</summary>
    public ModelDescription Model { get; }

    /// <summary>The synthetic patients.</summary>
    public SyntheticCohort Cohort => Outcome.Cohort;

    /// <inheritdoc/>
    public IReadOnlyList<FidelityRow> Fidelity { get; }

    /// <inheritdoc/>
    public string Summary =>
        $"{TrialId}: {Cohort.Count} synthetic patients; {Count(FidelityStatus.Reproduced)} of {Fidelity.Count} printed numbers reproduced, "
        + $"{Count(FidelityStatus.Differs)} differ, {Count(FidelityStatus.NotReproducible)} not reproducible.";

    /// <inheritdoc/>
    public void WriteTo(string trialFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trialFolder);
        if (!Directory.Exists(trialFolder))
            throw new ArgumentException($"The trial folder '{trialFolder}' does not exist.", nameof(trialFolder));
        File.WriteAllText(Path.Combine(trialFolder, PatientFile), Cohort.ToCsv(), Utf8);
        File.WriteAllText(Path.Combine(trialFolder, ReportFile), ToJson(), Utf8);
        var readme = Path.Combine(trialFolder, "README.md");
        var existing = File.Exists(readme) ? File.ReadAllText(readme, Utf8) : $"# {TrialId}\n";
        File.WriteAllText(readme, WithSection(existing, ReadmeSection()), Utf8);
    }

    /// <summary>The content of <c>reconstruction.json</c>.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("trial", TrialId);
            json.WriteBoolean("synthetic", true);
            json.WriteString("generator", $"analysis-kit reconstruct ({MethodVersion})");
            json.WriteString("method", Plan.Method);
            json.WriteNumber("patients", Cohort.Count);
            json.WriteStartArray("columns");
            foreach (var (name, meaning) in Plan.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteString("meaning", meaning);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartObject("model");
            json.WriteStartArray("curves");
            foreach (var curve in Model.Curves)
            {
                json.WriteStartObject();
                json.WriteString("endpoint", curve.Endpoint);
                json.WriteString("patients", curve.Patients);
                json.WriteNumber("n", curve.Count);
                json.WriteString("shape", "piecewise exponential: log S(t) linear between knots, starting at (0, 1)");
                json.WriteStartArray("knots");
                foreach (var (time, survival) in curve.Survival.Knots)
                {
                    json.WriteStartObject();
                    json.WriteNumber("months", time);
                    json.WriteNumber("survival", survival);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteNumber("hazard_after_last_knot_per_month", curve.Survival.TailHazard);
                json.WriteString("knots_from", curve.Source);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("event_times", "deterministic: the i-th of n event times (i = 1..n) where the model curve equals 1 - (i - 0.5)/n; times kept to 0.001 month");
            json.WriteString("censoring", Model.Censoring);
            json.WriteEndObject();

            WriteStrings(json, "assumptions", Plan.Assumptions);
            WriteStrings(json, "not_reconstructed", Plan.NotReconstructed);

            json.WriteStartArray("inputs");
            foreach (var input in Plan.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("claim", input.Claim.Id);
                json.WriteString("printed", input.Claim.Text);
                json.WriteString("use", input.Use);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteNumber("seed", Plan.Seed);
            json.WriteStartObject("search");
            json.WriteString("rule", "stage by stage, every combination of a stage's parameters in a fixed order; then times moved where a curve or band reaches 0.5 onto printed times when no other observation lies in between; the most printed numbers reproduced wins, then the smallest total distance in half-units of the last printed place; the first candidate wins ties");
            json.WriteStartObject("chosen");
            foreach (var (name, value) in Model.Parameters) json.WriteString(name, value);
            json.WriteEndObject();
            WriteStrings(json, "time_moves", Outcome.Moves);
            json.WriteEndObject();

            json.WriteStartArray("fidelity");
            foreach (var row in Fidelity)
            {
                json.WriteStartObject();
                json.WriteString("claim", row.ClaimId);
                json.WriteString("quantity", row.Quantity);
                json.WriteString("published", row.Published);
                if (row.Reproduced is { } value) json.WriteNumber("reproduced", value); else json.WriteNull("reproduced");
                json.WriteString("status", row.StatusText);
                json.WriteString("computation", row.Computation);
                json.WriteString("note", row.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("claims", Fidelity.Count);
            json.WriteNumber("reproduced", Count(FidelityStatus.Reproduced));
            json.WriteNumber("differs", Count(FidelityStatus.Differs));
            json.WriteNumber("not_reproducible", Count(FidelityStatus.NotReproducible));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Utf8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The "Synthetic patients" section of the trial's README, heading included, ending in one newline.</summary>
    public string ReadmeSection()
    {
        var text = new StringBuilder();
        text.Append(ReadmeHeading).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"`ipd.csv` holds {Cohort.Count} synthetic patients written by `analysis-kit reconstruct --trial {TrialId}`; `reconstruction.json` gives the model, ")
            .Append("the assumptions, the printed numbers used and the fidelity table. They are not real patients: they agree with the abstract only in the numbers below, ")
            .Append("recomputed with the kit's Kaplan-Meier on `ipd.csv`.\n\n");
        text.Append("| printed number | published | reproduced | status |\n|---|---|---|---|\n");
        foreach (var row in Fidelity)
        {
            var value = row.Reproduced is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "—";
            text.Append(CultureInfo.InvariantCulture, $"| {row.Quantity} | {row.Published} | {value} | {row.StatusText} |\n");
        }
        text.Append('\n').Append(Summary).Append('\n');
        var notes = Fidelity.Where(r => r.Status != FidelityStatus.Reproduced && r.Note.Length > 0).ToList();
        if (notes.Count > 0)
        {
            text.Append('\n');
            foreach (var row in notes) text.Append(CultureInfo.InvariantCulture, $"- {row.Quantity}: {row.Note}\n");
        }
        if (Plan.NotReconstructed.Count > 0)
        {
            text.Append("\nNot reconstructed:\n");
            foreach (var line in Plan.NotReconstructed) text.Append("- ").Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// <paramref name="readme"/> with its "Synthetic patients" section replaced by
    /// <paramref name="section"/> (from the heading to the next level-2 heading or the end), or
    /// with the section appended after one blank line when there is none.
    /// </summary>
    public static string WithSection(string readme, string section)
    {
        ArgumentNullException.ThrowIfNull(readme);
        ArgumentNullException.ThrowIfNull(section);
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == ReadmeHeading);
        if (start < 0)
            return readme.TrimEnd('\n', '\r') + "\n\n" + section;
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var before = string.Join("\n", lines.Take(start)).TrimEnd('\n');
        var after = end < 0 ? "" : "\n" + string.Join("\n", lines.Skip(end));
        return (before.Length > 0 ? before + "\n\n" : "") + section + after;
    }

    private int Count(FidelityStatus status) => Fidelity.Count(r => r.Status == status);

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
