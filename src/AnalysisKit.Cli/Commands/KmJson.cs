using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>The km command's JSON document, names and shapes as cli-json.md fixes them.</summary>
internal static class KmJson
{
    public static string Write(KmResult result)
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
            {
                json.WriteStartObject();
                doc.Number("time", row.Time);
                doc.Integer("n_risk", row.NRisk);
                doc.Integer("n_event", row.NEvent);
                doc.Integer("n_censor", row.NCensor);
                doc.Number("surv", row.Survival);
                doc.Number("std_err", row.StdErr);
                doc.Number("lower", row.Lower);
                doc.Number("upper", row.Upper);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (item.AtTimes is { } atTimes)
            {
                json.WriteStartArray("at_times");
                foreach (var row in atTimes)
                {
                    json.WriteStartObject();
                    doc.Number("time", row.Time);
                    doc.Integer("n_risk", row.NRisk);
                    doc.Integer("n_event", row.NEvent);
                    doc.Integer("n_censor", row.NCensor);
                    doc.Number("surv", row.Survival);
                    doc.Number("std_err", row.StdErr);
                    doc.Number("lower", row.Lower);
                    doc.Number("upper", row.Upper);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return doc.ToText() + "\n";
    }
}
