using System.CommandLine;
using System.Globalization;
using AnalysisKit.Cli.Output;
using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit meta FILE --study COL --events COL --n COL [--measure PLO|PFT] [--method DL|REML] [--knha]</c>:
/// random-effects meta-analysis of single proportions, as metafor's <c>rma</c> on <c>escalc</c>
/// effect sizes. JSON fields as in the command-line contract, plus prediction interval,
/// p-value and leave-one-out fits.
/// </summary>
internal static class MetaCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var study = CommonOptions.Required("--study", "Column with the study names (each study once).");
        var events = CommonOptions.Required("--events", "Column with each study's number of events.");
        var patients = CommonOptions.Required("--n", "Column with each study's number of patients.");
        var measure = new Option<string>("--measure")
        {
            Description = "PLO (logit, default) or PFT (Freeman-Tukey double arcsine), as metafor's escalc measure.",
            DefaultValueFactory = _ => "PLO",
        };
        var method = new Option<string>("--method")
        {
            Description = "REML (default, as metafor) or DL (DerSimonian-Laird): the tau^2 estimator, as rma(method = ...).",
            DefaultValueFactory = _ => "REML",
        };
        var knha = new Option<bool>("--knha") { Description = "Hartung-Knapp adjustment with t intervals, as rma(test = \"knha\")." };
        var format = CommonOptions.Format();

        var command = new Command("meta", "Random-effects meta-analysis of single proportions (metafor escalc + rma).")
        {
            file, study, events, patients, measure, method, knha, format,
        };
        command.SetAction(parse =>
        {
            var chosenFormat = parse.GetValue(format);
            if (chosenFormat == OutputFormat.Html)
                throw new UsageException("meta writes text or json; --format html is not available for it.");
            var options = new RandomEffectsOptions
            {
                Method = ParseMethod(parse.GetValue(method)),
                KnappHartung = parse.GetValue(knha),
            };
            var chosenMeasure = ParseMeasure(parse.GetValue(measure));
            var studies = MetaInput.Read(parse.GetValue(file)!, parse.GetValue(study)!, parse.GetValue(events)!, parse.GetValue(patients)!);
            var result = ProportionMetaAnalysis.Run(studies, chosenMeasure, options);
            output.Write(chosenFormat == OutputFormat.Json ? MetaJson.Write(result) : MetaText.Write(result));
            return ExitCodes.Success;
        });
        return command;
    }

    private static ProportionMeasure ParseMeasure(string? text) => text?.ToUpperInvariant() switch
    {
        "PLO" => ProportionMeasure.Logit,
        "PFT" => ProportionMeasure.FreemanTukey,
        _ => throw new UsageException($"--measure '{text}' is not known; use PLO or PFT."),
    };

    private static HeterogeneityEstimator ParseMethod(string? text) => text?.ToUpperInvariant() switch
    {
        "REML" => HeterogeneityEstimator.Reml,
        "DL" => HeterogeneityEstimator.DerSimonianLaird,
        _ => throw new UsageException($"--method '{text}' is not known; use REML or DL."),
    };

    /// <summary>The names metafor uses for the measure and the estimator.</summary>
    internal static string Code(ProportionMeasure measure) => measure == ProportionMeasure.Logit ? "PLO" : "PFT";

    internal static string Code(HeterogeneityEstimator method) => method == HeterogeneityEstimator.Reml ? "REML" : "DL";

    internal static string Number(double value, string format = "0.0000") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "NA";
}
