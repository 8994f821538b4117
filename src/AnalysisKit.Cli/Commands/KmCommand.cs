using System.CommandLine;
using System.Globalization;
using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit km FILE --time COL --event COL [--group COL] [--conf-type log|log-log|plain]
/// [--times T1,T2,...] [--tau T] [--table] --format json|text</c>: Kaplan–Meier curves as R's
/// <c>survfit</c>, <c>print.survfit</c> and <c>summary(fit, times = )</c> report them, and with
/// <c>--group</c> the log-rank test of the groups (<c>survdiff</c>) from the same sorted sample.
/// The JSON shape is fixed by the command-line contract (cli-json.md, section <c>km</c>); extra
/// field <c>logrank</c> with <c>--group</c> (the logrank command's object; null for one group).
/// </summary>
internal static class KmCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var time = CommonOptions.Time();
        var status = CommonOptions.Event();
        var group = CommonOptions.Optional("--group", "Column whose values split the patients into curves (sorted as R's factor levels).");
        var confType = new Option<string>("--conf-type")
        {
            Description = "Transform of the pointwise intervals, as R's conf.type: log, log-log or plain.",
            DefaultValueFactory = _ => "log",
        };
        var confLevel = new Option<double>("--conf-level")
        {
            Description = "Confidence level of every interval.",
            DefaultValueFactory = _ => 0.95,
        };
        var quantileRule = new Option<string>("--quantile-rule")
        {
            Description = "How the median is read off the curve: r (print.survfit) or sas (PROC LIFETEST).",
            DefaultValueFactory = _ => "r",
        };
        var times = CommonOptions.Optional("--times", "Comma-separated times at which to read survival (summary(fit, times = ...)).");
        var extend = new Option<bool>("--extend")
        {
            Description = "With --times: also report times after a curve's last observation, carrying its last values forward (R's extend = TRUE).",
        };
        var tau = CommonOptions.Optional("--tau", "Upper limit of the restricted mean (default: the largest observed time over all curves, R's rmean = \"common\").");
        var table = new Option<bool>("--table")
        {
            Description = "Text output: also print each curve's full table and the restricted means (summary(fit)); by default one line per curve, as print(survfit).",
        };
        var format = CommonOptions.Format();

        var command = new Command("km", "Kaplan-Meier survival curves, medians and restricted means (R survfit conventions).");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { time, status, group, confType, confLevel, quantileRule, times, extend, tau, table, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            if (parse.GetValue(format) == OutputFormat.Html)
                throw new UsageException("km writes --format text or json, not html.");
            var request = new KmRequest(
                ParseTimes(parse.GetValue(times)),
                ParseTau(parse.GetValue(tau)),
                parse.GetValue(extend));
            var options = new KaplanMeierOptions
            {
                ConfidenceType = ParseConfidenceType(parse.GetValue(confType)!),
                ConfidenceLevel = ParseLevel(parse.GetValue(confLevel)),
                QuantileRule = ParseQuantileRule(parse.GetValue(quantileRule)!),
            };
            var input = SurvivalInput.Read(parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!, parse.GetValue(group));
            var result = KmResult.Of(SurvivalSample.Of(input.Time, input.Event, input.Group), options, request, input.Synthetic);
            if (parse.GetValue(format) == OutputFormat.Json) KmJson.Write(result, output);
            else output.Write(KmText.Write(result, parse.GetValue(table)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>R's spelling of a <see cref="ConfidenceIntervalType"/>.</summary>
    public static string RName(ConfidenceIntervalType type) => type switch
    {
        ConfidenceIntervalType.Log => "log",
        ConfidenceIntervalType.LogLog => "log-log",
        ConfidenceIntervalType.Plain => "plain",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static ConfidenceIntervalType ParseConfidenceType(string name) => name switch
    {
        "log" => ConfidenceIntervalType.Log,
        "log-log" => ConfidenceIntervalType.LogLog,
        "plain" => ConfidenceIntervalType.Plain,
        _ => throw new UsageException($"--conf-type '{name}' is not one of log, log-log, plain."),
    };

    private static QuantileRule ParseQuantileRule(string name) => name switch
    {
        "r" => QuantileRule.R,
        "sas" => QuantileRule.SasLifetest,
        _ => throw new UsageException($"--quantile-rule '{name}' is not one of r, sas."),
    };

    private static double ParseLevel(double level) =>
        level is > 0 and < 1 ? level : throw new UsageException($"--conf-level {level.ToString(CultureInfo.InvariantCulture)} must lie strictly between 0 and 1 (0.95 for 95% intervals).");

    private static IReadOnlyList<double>? ParseTimes(string? text)
    {
        if (text is null) return null;
        var items = CommonOptions.SplitList(text);
        if (items.Count == 0) throw new UsageException("--times is empty; give comma-separated times such as 12,24.");
        return items.Select(item =>
            double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new UsageException($"--times: '{item}' is not a number (use '.' as the decimal point and ',' between times).")).ToList();
    }

    private static double? ParseTau(string? text)
    {
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            return value;
        throw new UsageException($"--tau: '{text}' is not a time of 0 or more.");
    }
}

/// <summary>What the user asked the km command to read off the curves besides the table.</summary>
internal sealed record KmRequest(IReadOnlyList<double>? Times, double? Tau, bool Extend);
