using System.Globalization;
using System.Text;
using AnalysisKit.Cli.Commands;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Cli.Output;

/// <summary>The readable report of <c>analysis-kit meta</c> (free-form, not a contract).</summary>
internal static class MetaText
{
    public static string Write(ProportionMetaAnalysisResult result)
    {
        var m = result.Model;
        var level = (m.Level * 100).ToString("0.##", CultureInfo.InvariantCulture);
        var scale = result.Measure == ProportionMeasure.Logit ? "logit (PLO)" : "Freeman-Tukey double arcsine (PFT)";
        var text = new StringBuilder();
        text.AppendLine($"Random-effects meta-analysis of proportions, k = {m.K}");
        text.AppendLine($"scale: {scale}; tau^2 estimator: {MetaCommand.Code(m.Method)}; test: {(m.KnappHartung ? $"Hartung-Knapp t, df = {m.DegreesOfFreedom}" : "z")}");
        text.AppendLine();
        text.AppendLine($"{"study",-20} {"events",7} {"n",7} {"proportion",10}  {level + "% CI (exact)",-19} {"weight %",8}");
        for (var i = 0; i < result.Studies.Count; i++)
        {
            var s = result.Studies[i];
            text.AppendLine($"{s.Study,-20} {s.Events,7} {s.Patients,7} {N(s.Proportion),10}  [{N(s.ProportionLower)}, {N(s.ProportionUpper)}]{"",-3} {MetaCommand.Number(m.Weights[i], "0.00"),8}");
        }
        text.AppendLine();
        text.AppendLine($"pooled proportion: {N(result.Proportion)}  {level}% CI [{N(result.ProportionLower)}, {N(result.ProportionUpper)}]");
        text.AppendLine($"prediction interval: [{N(result.ProportionPredictionLower)}, {N(result.ProportionPredictionUpper)}]");
        text.AppendLine($"on the analysis scale: estimate {N(m.Estimate)}, se {N(m.StandardError)}, {(m.KnappHartung ? "t" : "z")} = {N(m.Statistic)}, p = {P(m.P)}");
        text.AppendLine($"heterogeneity: tau^2 = {N(m.Tau2)} (se {N(m.Tau2StandardError)}), I^2 = {MetaCommand.Number(m.I2, "0.00")}%, H^2 = {N(m.H2)}");
        text.AppendLine($"Q = {N(m.Q)} on {m.QDegreesOfFreedom} df, p = {P(m.QP)}");
        text.AppendLine();
        text.AppendLine("leave one out (analysis scale):");
        text.AppendLine($"{"omitted",-20} {"estimate",9} {"ci lower",9} {"ci upper",9} {"tau^2",9} {"I^2 %",7}");
        foreach (var row in result.LeaveOneOut)
        {
            var f = row.Model;
            text.AppendLine(f is null
                ? $"{row.OmittedStudy,-20} (the model could not be fitted)"
                : $"{row.OmittedStudy,-20} {N(f.Estimate),9} {N(f.CiLower),9} {N(f.CiUpper),9} {N(f.Tau2),9} {MetaCommand.Number(f.I2, "0.00"),7}");
        }
        return text.ToString();
    }

    private static string N(double value) => MetaCommand.Number(value);

    private static string P(double p) =>
        !double.IsFinite(p) ? "NA" : p < 0.0001 ? "<0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);
}
