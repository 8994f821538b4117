using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Display;
using AnalysisKit.Reconstruction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Trials;

namespace AnalysisKit.Views;

/// <summary>
/// What a trial's reconstruction could and could not recover, read from the committed
/// <c>data/trials/&lt;id&gt;/reconstruction.json</c> (the file the <c>reconstruct</c> command and the
/// subgroup-table reconstruction write; nothing is rerun). Two layouts exist: a reconstruction from
/// sparse summaries lists one fidelity row per printed number (<see cref="Rows"/>), the
/// subgroup-table reconstruction counts agreement per kind of number (<see cref="Kinds"/>) and
/// lists every cell it did not reproduce. Both list what was not reconstructed at all
/// (<see cref="NotRecovered"/>).
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed class ReconstructionFidelity : IHtmlDisplay
{
    /// <summary>File name of the reconstruction document inside a trial folder.</summary>
    public const string FileName = "reconstruction.json";

    private ReconstructionFidelity(string trial, int patients, string method, IReadOnlyList<FidelityRow> rows,
        IReadOnlyList<FidelityKind> kinds, IReadOnlyList<string> notRecovered)
    {
        Trial = trial;
        Patients = patients;
        Method = method;
        Rows = rows;
        Kinds = kinds;
        NotRecovered = notRecovered;
    }

    /// <summary>Trial id.</summary>
    public string Trial { get; }

    /// <summary>Number of synthetic patients.</summary>
    public int Patients { get; }

    /// <summary>How the patients were built, as the document states it.</summary>
    public string Method { get; }

    /// <summary>One row per printed number checked (sparse-summary layout); empty for the subgroup-table layout.</summary>
    public IReadOnlyList<FidelityRow> Rows { get; }

    /// <summary>Agreement per kind of number (subgroup-table layout, or counted from <see cref="Rows"/> by status).</summary>
    public IReadOnlyList<FidelityKind> Kinds { get; }

    /// <summary>What the reconstruction did not recover: the document's list of outcomes not reconstructed, and every printed cell it did not reproduce.</summary>
    public IReadOnlyList<string> NotRecovered { get; }

    /// <summary>Reads the reconstruction document of a trial.</summary>
    /// <exception cref="ArgumentException">The trial has no <see cref="FileName"/>.</exception>
    public static ReconstructionFidelity Of(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var path = Path.Combine(trial.Folder, FileName);
        if (!File.Exists(path))
            throw new ArgumentException($"{trial.Id} has no synthetic patients yet: {path} does not exist.", nameof(trial));
        return Read(path);
    }

    /// <summary>Reads a reconstruction document.</summary>
    /// <exception cref="DataFileException">The file is not a reconstruction document.</exception>
    public static ReconstructionFidelity Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        if (!root.TryGetProperty("trial", out var trialElement) || !root.TryGetProperty("fidelity", out var fidelity) || fidelity.ValueKind != JsonValueKind.Array)
            throw new DataFileException(path, 0, null, "not a reconstruction document: it needs \"trial\" and a \"fidelity\" list.");
        var trial = trialElement.GetString() ?? "";
        var patients = root.TryGetProperty("patients", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : 0;
        var method = root.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() ?? "" : "";
        var rows = new List<FidelityRow>();
        var kinds = new List<FidelityKind>();
        var notRecovered = new List<string>();
        foreach (var entry in fidelity.EnumerateArray())
        {
            if (entry.TryGetProperty("claim", out var claim))
            {
                var status = Text(entry, "status") switch
                {
                    "reproduced" => FidelityStatus.Reproduced,
                    "differs" => FidelityStatus.Differs,
                    _ => FidelityStatus.NotReproducible,
                };
                double? reproduced = entry.TryGetProperty("reproduced", out var r) && r.ValueKind == JsonValueKind.Number ? r.GetDouble() : null;
                rows.Add(new FidelityRow(claim.GetString() ?? "", Text(entry, "quantity"), Text(entry, "published"), reproduced, status, Text(entry, "computation"), Text(entry, "note")));
            }
            else kinds.Add(new FidelityKind(Text(entry, "kind"), entry.GetProperty("reproduced").GetInt32(), entry.GetProperty("total").GetInt32()));
        }
        if (rows.Count > 0)
        {
            kinds.AddRange(rows.GroupBy(r => r.Quantity.Contains("median", StringComparison.OrdinalIgnoreCase) ? "median"
                    : r.Quantity.Contains("percentage", StringComparison.OrdinalIgnoreCase) ? "percentage" : r.ClaimId.EndsWith("/n", StringComparison.Ordinal) ? "count" : "other")
                .Select(g => new FidelityKind(g.Key, g.Count(x => x.Status == FidelityStatus.Reproduced), g.Count())));
            notRecovered.AddRange(rows.Where(r => r.Status != FidelityStatus.Reproduced)
                .Select(r => $"{r.ClaimId}: printed {r.Published}, synthetic {LedgerHtml.Number(r.Reproduced)} ({r.StatusText}){(r.Note.Length > 0 ? "; " + r.Note : "")}"));
        }
        if (root.TryGetProperty("not_reconstructed", out var not) && not.ValueKind == JsonValueKind.Array)
            notRecovered.AddRange(not.EnumerateArray().Select(e => e.GetString() ?? ""));
        if (root.TryGetProperty("intention_to_treat", out var itt) && itt.ValueKind == JsonValueKind.Object
            && itt.TryGetProperty("fidelity", out var ittCells) && ittCells.ValueKind == JsonValueKind.Array)
        {
            var population = itt.TryGetProperty("population", out var size) && size.ValueKind == JsonValueKind.Number
                ? size.GetInt32().ToString(CultureInfo.InvariantCulture) : "?";
            foreach (var c in ittCells.EnumerateArray().Where(c => c.TryGetProperty("agrees", out var a) && a.ValueKind == JsonValueKind.False))
            {
                var synthetic = c.TryGetProperty("reproduced", out var v) && v.ValueKind == JsonValueKind.Number
                    ? v.GetDouble().ToString("0.#####", CultureInfo.InvariantCulture) : "none";
                notRecovered.Add($"Intention-to-treat cohort of {population} / {Text(c, "row_group")} / {Text(c, "column")}: printed {Text(c, "published")}, synthetic {synthetic} ({Text(c, "reason")})");
            }
        }
        if (root.TryGetProperty("cells_not_reproduced", out var cells) && cells.ValueKind == JsonValueKind.Array)
        {
            foreach (var c in cells.EnumerateArray())
            {
                var synthetic = c.TryGetProperty("reproduced", out var v) && v.ValueKind == JsonValueKind.Number
                    ? v.GetDouble().ToString("0.#####", CultureInfo.InvariantCulture) : "none";
                notRecovered.Add($"{Text(c, "table")} / {Text(c, "row_group")} / {Text(c, "row_label")} / {Text(c, "column")}: printed {Text(c, "published")}, synthetic {synthetic} ({Text(c, "reason")})");
            }
        }
        return new ReconstructionFidelity(trial, patients, method, rows, kinds, notRecovered);
    }

    /// <summary>Agreement per kind: <c>kind, reproduced, total, reproduced %</c>.</summary>
    public DisplayTable KindTable()
    {
        var table = new DisplayTable($"{Trial}: printed numbers the {Patients} synthetic patients reproduce", "kind", "reproduced", "total", "reproduced %");
        foreach (var k in Kinds) table.AddRow(k.Kind, k.Reproduced, k.Total, DisplayCell.Number(k.Total == 0 ? double.NaN : 100.0 * k.Reproduced / k.Total, 0));
        return table;
    }

    /// <summary>One row per printed number checked: <c>claim, published, synthetic, status, computation</c> (sparse-summary layout).</summary>
    public DisplayTable RowTable()
    {
        var table = new DisplayTable($"{Trial}: every printed number checked against the synthetic patients", "claim", "quantity", "published", "synthetic", "status", "computation");
        foreach (var r in Rows)
            table.AddRow(r.ClaimId, r.Quantity, r.Published, new DisplayCell(LedgerHtml.Number(r.Reproduced), true), r.StatusText, r.Computation);
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder("<div class=\"analysiskit-result\">");
        html.Append("<style>.analysiskit-result table{border-collapse:collapse;margin:0.2em 0 0.9em 0}.analysiskit-result th,.analysiskit-result td{padding:0.15em 0.7em;vertical-align:top}.analysiskit-result thead th{border-bottom:1px solid #888}</style>");
        html.Append("<p><strong>").Append(E(Trial)).Append(CultureInfo.InvariantCulture, $": {Patients} synthetic patients</strong> ({E(HtmlReport.SyntheticLabel)}, not trial data)<br/>").Append(E(Method)).Append("</p>");
        html.Append(KindTable().ToHtml());
        if (Rows.Count > 0) html.Append(RowTable().ToHtml());
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>Not recovered ({NotRecovered.Count})</strong></p>");
        if (NotRecovered.Count == 0) html.Append("<p>Every printed number checked is reproduced.</p>");
        else
        {
            html.Append("<ul>");
            foreach (var n in NotRecovered) html.Append("<li>").Append(E(n)).Append("</li>");
            html.Append("</ul>");
        }
        return html.Append("</div>").ToString();
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Trial}: {Patients} synthetic patients\n{Method}\n\n").Append(KindTable());
        if (Rows.Count > 0) text.Append('\n').Append(RowTable());
        text.Append(CultureInfo.InvariantCulture, $"\nNot recovered ({NotRecovered.Count}):\n");
        foreach (var n in NotRecovered) text.Append("- ").Append(n).Append('\n');
        return text.ToString();
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>How many printed numbers of one kind the synthetic patients reproduce.</summary>
/// <param name="Kind">The kind ("median", "landmark CI", "p", ...).</param>
/// <param name="Reproduced">Reproduced at the printed rounding.</param>
/// <param name="Total">Checked.</param>
public sealed record FidelityKind(string Kind, int Reproduced, int Total);
