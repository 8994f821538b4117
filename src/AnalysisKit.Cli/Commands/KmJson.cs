using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>The km command's JSON document, names and shapes as cli-json.md fixes them; with groups, the log-rank object added.</summary>
internal static class KmJson
{
    /// <summary>Writes the document to <paramref name="output"/>, curve by curve.</summary>
    public static void Write(KmResult result, TextWriter output)
    {
        using var doc = new JsonDocumentWriter();
        var json = doc.Json;
        json.WriteStartObject();
        json.WriteString("conf_type", KmCommand.RName(result.Options.ConfidenceType));
        doc.Number("conf_level", result.Options.ConfidenceLevel);
        json.WriteString("quantile_rule", result.Options.QuantileRule == QuantileRule.SasLifetest ? "sas" : "r");
        json.WriteStartArray("curves");
        foreach (var item in result.Curves)
        {
            var curve = item.Curve;
            json.WriteStartObject();
            json.WriteString("group", curve.Group);
            doc.Integer("n", curve.N);
            doc.Integer("events", curve.Events);
            doc.Number("median", item.Median.Time);
            doc.Number("median_lower", item.Median.Lower);
            doc.Number("median_upper", item.Median.Upper);
            doc.Number("rmean", item.RestrictedMean.Mean);
            doc.Number("rmean_se", item.RestrictedMean.StdErr);
            doc.Number("rmean_tau", item.RestrictedMean.Tau);
            json.WriteStartArray("table");
            foreach (var row in curve.Rows)
                WriteRow(doc, row.Time, row.NRisk, row.NEvent, row.NCensor, row.Survival, row.StdErr, row.Lower, row.Upper);
            json.WriteEndArray();
            if (item.AtTimes is { } atTimes)
            {
                json.WriteStartArray("at_times");
                foreach (var row in atTimes)
                    WriteRow(doc, row.Time, row.NRisk, row.NEvent, row.NCensor, row.Survival, row.StdErr, row.Lower, row.Upper);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            doc.FlushTo(output);
        }
        json.WriteEndArray();
        if (result.Grouped)
        {
            json.WritePropertyName("logrank");
            if (result.LogRank is { } logRank) LogRankJson.WriteObject(doc, logRank);
            else json.WriteNullValue();
        }
        WarningsJson.Write(doc, result.Warnings);
        json.WriteEndObject();
        doc.FlushTo(output);
        output.Write('\n');
    }

    /// <summary>One row of a curve's table or of its survival at chosen times: the same fields in both.</summary>
    private static void WriteRow(JsonDocumentWriter doc, double time, int nRisk, int nEvent, int nCensor, double survival, double stdErr, double lower, double upper)
    {
        doc.Json.WriteStartObject();
        doc.Number("time", time);
        doc.Integer("n_risk", nRisk);
        doc.Integer("n_event", nEvent);
        doc.Integer("n_censor", nCensor);
        doc.Number("surv", survival);
        doc.Number("std_err", stdErr);
        doc.Number("lower", lower);
        doc.Number("upper", upper);
        doc.Json.WriteEndObject();
    }
}
