using System.CommandLine;
using AnalysisKit.Cli.Output;
using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit logrank FILE --time COL --event COL --group COL [--strata COL] [--rho R]</c>:
/// the G-rho test of R's <c>survdiff</c> (<see cref="LogRankTest"/>). JSON shape fixed by
/// the command-line contract (cli-json.md); extra fields <c>variance</c> (the k × k variance of
/// O − E) and <c>n_strata</c> (number of strata).
/// </summary>
internal static class LogRankCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var time = CommonOptions.Time();
        var status = CommonOptions.Event();
        var group = CommonOptions.Required("--group", "Column with the groups to compare.");
        var strata = CommonOptions.Optional("--strata", "Column with strata, for a stratified test.");
        var rho = new Option<double>("--rho")
        {
            Description = "Weight exponent: 0 = log-rank (default), 1 = Peto & Peto (as R's survdiff rho).",
            DefaultValueFactory = _ => 0.0,
        };
        var format = CommonOptions.Format();
        var command = new Command("logrank", "Log-rank (G-rho) test of equal survival between groups, as R's survdiff.")
        {
            file, time, status, group, strata, rho, format,
        };
        command.SetAction(parse =>
        {
            var outputFormat = parse.GetValue(format);
            if (outputFormat == OutputFormat.Html)
                throw new UsageException("logrank writes text or json; --format html is not offered here.");
            var input = SurvivalInput.Read(parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!,
                parse.GetValue(group), parse.GetValue(strata));
            var result = LogRankTest.Compute(SurvivalSample.Of(input.Time, input.Event, input.Group, input.Strata), parse.GetValue(rho));
            IReadOnlyList<string> warnings = input.Synthetic ? [SyntheticDataWarnings.LogRank] : [];
            output.Write(outputFormat == OutputFormat.Json ? LogRankJson.Write(result, warnings) : LogRankText.Write(result, warnings));
            return ExitCodes.Success;
        });
        return command;
    }
}
