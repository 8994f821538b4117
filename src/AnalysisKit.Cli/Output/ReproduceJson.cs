using AnalysisKit.Reproduction;

namespace AnalysisKit.Cli.Output;

/// <summary>
/// The JSON document of <c>analysis-kit reproduce</c> (the command-line contract, section
/// <c>reproduce</c>): <c>trials[]</c> with <c>claims[]</c> and <c>summary</c>. Beyond the
/// contract each claim adds kind, seed_line, denominator, denominator_inferred, synthetic and
/// conflicts_with; each trial adds title, synthetic_data, patient_data and findings[].
/// </summary>
internal static class ReproduceJson
{
    public static string Write(ReproductionLedger ledger)
    {
        using var doc = new JsonDocumentWriter();
        var json = doc.Json;
        json.WriteStartObject();
        json.WriteStartArray("trials");
        foreach (var trial in ledger.Trials)
        {
            json.WriteStartObject();
            json.WriteString("trial", trial.Trial);
            json.WriteString("title", trial.Title);
            json.WriteBoolean("synthetic_data", trial.SyntheticData);
            if (trial.PatientDataFile is { } file) json.WriteString("patient_data", Path.GetFileName(file)); else json.WriteNull("patient_data");
            json.WriteStartArray("claims");
            foreach (var c in trial.Claims)
            {
                json.WriteStartObject();
                json.WriteString("id", c.Id);
                json.WriteString("source", c.Source);
                json.WriteString("table", c.Table);
                json.WriteString("row_group", c.RowGroup);
                json.WriteString("row_label", c.RowLabel);
                json.WriteString("column", c.Column);
                json.WriteString("quantity", c.Quantity);
                json.WriteString("published", c.Published);
                doc.Number("reproduced", c.Reproduced);
                json.WriteString("status", c.StatusName);
                json.WriteString("note", c.Note);
                json.WriteString("kind", c.Kind);
                doc.Integer("seed_line", c.SeedLine);
                if (c.Denominator is { } d) doc.Integer("denominator", d); else json.WriteNull("denominator");
                json.WriteBoolean("denominator_inferred", c.DenominatorInferred);
                json.WriteBoolean("synthetic", c.Synthetic);
                json.WriteStartArray("conflicts_with");
                foreach (var id in c.ConflictsWith) json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var s = trial.Summary;
            json.WriteStartObject("summary");
            doc.Integer("claims", s.Claims);
            doc.Integer("reproduced", s.Reproduced);
            doc.Integer("differs", s.Differs);
            doc.Integer("not_reproducible", s.NotReproducible);
            doc.Integer("conflict", s.Conflict);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var f in trial.Findings)
            {
                json.WriteStartObject();
                json.WriteString("check", f.CheckName);
                json.WriteString("explanation", f.Explanation);
                json.WriteStartArray("places");
                foreach (var p in f.Places)
                {
                    json.WriteStartObject();
                    json.WriteString("id", p.ClaimId);
                    json.WriteString("source", p.Source);
                    doc.Integer("seed_line", p.SeedLine);
                    json.WriteString("published", p.Printed);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("contradicted");
                foreach (var id in f.Contradicted) json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return doc.ToText() + "\n";
    }
}
