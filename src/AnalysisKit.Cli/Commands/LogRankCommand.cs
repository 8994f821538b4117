using System.CommandLine;
using System.Globalization;
using System.Text;
using AnalysisKit.Cli.Output;
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
            output.Write(outputFormat == OutputFormat.Json ? Json(result) : Text(result));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Json(LogRankResult result)
    {
        using var writer = new JsonDocumentWriter();
        var json = writer.Json;
        json.WriteStartObject();
        writer.Number("rho", result.Rho);
        writer.Number("chisq", result.ChiSquare);
        writer.Integer("df", result.DegreesOfFreedom);
        writer.Number("p", result.P);
        writer.Integer("n_strata", result.StrataCount);
        json.WriteStartArray("groups");
        foreach (var g in result.Groups)
        {
            json.WriteStartObject();
            json.WriteString("group", g.Group);
            writer.Integer("n", g.N);
            writer.Number("observed", g.Observed);
            writer.Number("expected", g.Expected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("variance");
        for (var i = 0; i < result.Groups.Count; i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < result.Groups.Count; j++) writer.Number(result.Variance[i, j]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        return writer.ToText() + "\n";
    }

    private static string Text(LogRankResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var name = result.Rho == 0 ? "Log-rank test" : result.Rho == 1 ? "Peto & Peto test" : "G-rho test";
        text.AppendLine(c, $"{name} (rho = {result.Rho:G6}){(result.StrataCount > 1 ? $", stratified over {result.StrataCount} strata" : "")}");
        var width = Math.Max(5, result.Groups.Max(g => g.Group.Length));
        text.AppendLine(c, $"{"group".PadRight(width)}  {"N",6}  {"Observed",10}  {"Expected",10}  {"(O-E)^2/E",10}");
        foreach (var g in result.Groups)
        {
            var contribution = g.Expected > 0 ? Math.Pow(g.Observed - g.Expected, 2) / g.Expected : double.NaN;
            text.AppendLine(c, $"{g.Group.PadRight(width)}  {g.N,6}  {g.Observed,10:F2}  {g.Expected,10:F2}  {TextNumbers.Fixed(contribution, "F3"),10}");
        }
        text.AppendLine(c, $"Chisq = {result.ChiSquare:F4} on {result.DegreesOfFreedom} degrees of freedom, p = {TextNumbers.P(result.P)}");
        return text.ToString();
    }
}
