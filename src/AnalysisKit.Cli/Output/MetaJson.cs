using AnalysisKit.Cli.Commands;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Cli.Output;

/// <summary>
/// The JSON document of <c>analysis-kit meta</c> (the command-line contract, section
/// <c>meta</c>). Beyond the contract's fields it adds conf_level, test, statistic, df, p,
/// tau2_se, the prediction interval (pi_lower, pi_upper and back-transformed
/// proportion_pi_lower, proportion_pi_upper), iterations, each study's weight and the
/// leave-one-out fits.
/// </summary>
internal static class MetaJson
{
    public static string Write(ProportionMetaAnalysisResult result)
    {
        var m = result.Model;
        using var doc = new JsonDocumentWriter();
        var json = doc.Json;
        json.WriteStartObject();
        json.WriteString("measure", MetaCommand.Code(result.Measure));
        json.WriteString("method", MetaCommand.Code(m.Method));
        json.WriteBoolean("knha", m.KnappHartung);
        doc.Integer("k", m.K);
        doc.Number("estimate", m.Estimate);
        doc.Number("se", m.StandardError);
        doc.Number("ci_lower", m.CiLower);
        doc.Number("ci_upper", m.CiUpper);
        doc.Number("proportion", result.Proportion);
        doc.Number("proportion_lower", result.ProportionLower);
        doc.Number("proportion_upper", result.ProportionUpper);
        doc.Number("tau2", m.Tau2);
        doc.Number("i2", m.I2);
        doc.Number("h2", m.H2);
        doc.Number("q", m.Q);
        doc.Integer("q_df", m.QDegreesOfFreedom);
        doc.Number("q_p", m.QP);
        doc.Number("conf_level", m.Level);
        json.WriteString("test", m.KnappHartung ? "t" : "z");
        doc.Number("statistic", m.Statistic);
        if (m.DegreesOfFreedom is { } df) doc.Integer("df", df); else json.WriteNull("df");
        doc.Number("p", m.P);
        doc.Number("tau2_se", m.Tau2StandardError);
        doc.Number("pi_lower", m.PredictionLower);
        doc.Number("pi_upper", m.PredictionUpper);
        doc.Number("proportion_pi_lower", result.ProportionPredictionLower);
        doc.Number("proportion_pi_upper", result.ProportionPredictionUpper);
        doc.Integer("iterations", m.Iterations);

        json.WriteStartArray("studies");
        for (var i = 0; i < result.Studies.Count; i++)
        {
            var s = result.Studies[i];
            json.WriteStartObject();
            json.WriteString("study", s.Study);
            doc.Integer("events", s.Events);
            doc.Integer("n", s.Patients);
            doc.Number("yi", s.Yi);
            doc.Number("vi", s.Vi);
            doc.Number("proportion", s.Proportion);
            doc.Number("proportion_lower", s.ProportionLower);
            doc.Number("proportion_upper", s.ProportionUpper);
            doc.Number("weight", m.Weights[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("leave_one_out");
        foreach (var row in result.LeaveOneOut)
        {
            json.WriteStartObject();
            json.WriteString("study", row.OmittedStudy);
            var fit = row.Model;
            doc.Number("estimate", fit?.Estimate);
            doc.Number("se", fit?.StandardError);
            doc.Number("statistic", fit?.Statistic);
            doc.Number("p", fit?.P);
            doc.Number("ci_lower", fit?.CiLower);
            doc.Number("ci_upper", fit?.CiUpper);
            doc.Number("tau2", fit?.Tau2);
            doc.Number("i2", fit?.I2);
            doc.Number("h2", fit?.H2);
            doc.Number("q", fit?.Q);
            doc.Number("q_p", fit?.QP);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return doc.ToText() + "\n";
    }
}
