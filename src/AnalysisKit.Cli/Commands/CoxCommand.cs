using System.CommandLine;
using System.Globalization;
using System.Text;
using AnalysisKit.Cli.Output;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit cox FILE --time COL --event COL --covariates C1,C2,... [--factors C2,...]
/// [--strata COL] [--ties efron|breslow]</c>: a Cox model as R's <c>coxph</c>
/// (<see cref="CoxModel"/>). JSON shape fixed by the command-line contract
/// (cli-json.md); extra fields <c>conf_level</c> and <c>n_strata</c> (number of strata).
/// </summary>
internal static class CoxCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.File();
        var time = CommonOptions.Time();
        var status = CommonOptions.Event();
        var covariates = CommonOptions.Required("--covariates", "Comma-separated covariate columns, in the order the terms are listed.");
        var factors = CommonOptions.Optional("--factors", "Comma-separated covariates (from --covariates) to treat as categorical, compared with their first level.");
        var strata = CommonOptions.Optional("--strata", "Column with strata (a separate baseline hazard per stratum).");
        var ties = new Option<string>("--ties")
        {
            Description = "Tied event times: efron (default, as R) or breslow.",
            DefaultValueFactory = _ => "efron",
        };
        var format = CommonOptions.Format();
        var command = new Command("cox", "Cox proportional-hazards model, as R's coxph.")
        {
            file, time, status, covariates, factors, strata, ties, format,
        };
        command.SetAction(parse =>
        {
            var outputFormat = parse.GetValue(format);
            if (outputFormat == OutputFormat.Html)
                throw new UsageException("cox writes text or json; --format html is not offered here.");
            var options = new CoxOptions { Ties = ParseTies(parse.GetValue(ties)) };
            var covariateNames = CommonOptions.SplitList(parse.GetValue(covariates));
            var factorNames = CommonOptions.SplitList(parse.GetValue(factors));
            if (covariateNames.Count == 0)
                throw new UsageException("--covariates names no column; give at least one, e.g. --covariates age,sex.");
            var duplicate = covariateNames.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new UsageException($"--covariates lists '{duplicate.Key}' twice; list each column once.");
            var stray = factorNames.FirstOrDefault(f => !covariateNames.Contains(f, StringComparer.Ordinal));
            if (stray is not null)
                throw new UsageException(
                    $"--factors names '{stray}', which is not one of --covariates ({string.Join(",", covariateNames)}); every factor must also be a covariate.");

            bool IsFactor(string name) => factorNames.Contains(name, StringComparer.Ordinal);
            var input = SurvivalInput.Read(parse.GetValue(file)!, parse.GetValue(time)!, parse.GetValue(status)!,
                strataColumn: parse.GetValue(strata),
                more: covariateNames.Select(name => (name, IsFactor(name) ? CsvColumnType.Label : CsvColumnType.Number)));
            var model = covariateNames
                .Select(name => IsFactor(name)
                    ? CoxCovariate.Categorical(name, input.Columns.Labels(name).Labels())
                    : CoxCovariate.Numeric(name, input.Columns.Numbers(name)))
                .ToList();
            var synthetic = input.Synthetic;
            var fit = CoxModel.Fit(input.Time, input.Event, model, input.Strata?.Labels(), options);
            if (synthetic) fit = SyntheticDataWarnings.OnSyntheticPatients(fit);
            output.Write(outputFormat == OutputFormat.Json ? Json(fit) : Text(fit));
            return ExitCodes.Success;
        });
        return command;
    }

    private static CoxTies ParseTies(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "efron" => CoxTies.Efron,
        "breslow" => CoxTies.Breslow,
        _ => throw new UsageException($"--ties '{value}' is not understood; use efron (default, as R) or breslow."),
    };

    private static string TiesName(CoxTies ties) => ties == CoxTies.Breslow ? "breslow" : "efron";

    private static string Json(CoxFit fit)
    {
        using var writer = new JsonDocumentWriter();
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteString("ties", TiesName(fit.Ties));
        writer.Integer("n", fit.N);
        writer.Integer("events", fit.Events);
        writer.Integer("n_strata", fit.StrataCount);
        writer.Integer("iterations", fit.Iterations);
        json.WriteBoolean("converged", fit.Converged);
        writer.Number("conf_level", fit.ConfidenceLevel);
        json.WriteStartArray("terms");
        foreach (var term in fit.Terms)
        {
            json.WriteStartObject();
            json.WriteString("name", term.Name);
            writer.Number("coef", term.Coefficient);
            writer.Number("se", term.StandardError);
            writer.Number("hr", term.HazardRatio);
            writer.Number("hr_lower", term.HazardRatioLower);
            writer.Number("hr_upper", term.HazardRatioUpper);
            writer.Number("z", term.Z);
            writer.Number("p", term.P);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        writer.Number("loglik_null", fit.LogLikNull);
        writer.Number("loglik", fit.LogLik);
        WriteTest(writer, "lr", fit.LikelihoodRatioTest);
        WriteTest(writer, "wald", fit.WaldTest);
        WriteTest(writer, "score", fit.ScoreTest);
        writer.Number("concordance", fit.Concordance.Concordance);
        writer.Number("concordance_se", fit.Concordance.StandardError);
        WarningsJson.Write(writer, fit.Warnings);
        json.WriteEndObject();
        return writer.ToText() + "\n";
    }

    private static void WriteTest(JsonDocumentWriter writer, string name, ChiSquareTest test)
    {
        writer.Json.WriteStartObject(name);
        writer.Number("stat", test.Statistic);
        writer.Integer("df", test.DegreesOfFreedom);
        writer.Number("p", test.P);
        writer.Json.WriteEndObject();
    }

    private static string Text(CoxFit fit)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"Cox proportional-hazards model ({TiesName(fit.Ties)} ties){(fit.StrataCount > 1 ? $", {fit.StrataCount} strata" : "")}");
        text.AppendLine(c, $"n = {fit.N}, events = {fit.Events}, iterations = {fit.Iterations}{(fit.Converged ? "" : ", NOT CONVERGED")}");
        var width = Math.Max(4, fit.Terms.Max(t => t.Name.Length));
        var level = (fit.ConfidenceLevel * 100).ToString("G4", c);
        text.AppendLine(c, $"{"term".PadRight(width)}  {"coef",10}  {"se",9}  {"HR",9}  {$"{level}% CI",21}  {"z",7}  {"p",9}");
        foreach (var t in fit.Terms)
        {
            var interval = $"{TextNumbers.Fixed(t.HazardRatioLower, "F4")} to {TextNumbers.Fixed(t.HazardRatioUpper, "F4")}";
            text.AppendLine(c,
                $"{t.Name.PadRight(width)}  {TextNumbers.Fixed(t.Coefficient, "F5"),10}  {TextNumbers.Fixed(t.StandardError, "F5"),9}  {TextNumbers.Fixed(t.HazardRatio, "F4"),9}  {interval,21}  {TextNumbers.Fixed(t.Z, "F3"),7}  {TextNumbers.P(t.P),9}");
        }
        text.AppendLine(c, $"Concordance = {fit.Concordance.Concordance:F4} (se = {fit.Concordance.StandardError:F4})");
        text.AppendLine(c, $"Likelihood ratio test = {fit.LikelihoodRatioTest.Statistic:F2} on {fit.LikelihoodRatioTest.DegreesOfFreedom} df, p = {TextNumbers.P(fit.LikelihoodRatioTest.P)}");
        text.AppendLine(c, $"Wald test             = {fit.WaldTest.Statistic:F2} on {fit.WaldTest.DegreesOfFreedom} df, p = {TextNumbers.P(fit.WaldTest.P)}");
        text.AppendLine(c, $"Score (log-rank) test = {fit.ScoreTest.Statistic:F2} on {fit.ScoreTest.DegreesOfFreedom} df, p = {TextNumbers.P(fit.ScoreTest.P)}");
        WarningsText.Append(text, fit.Warnings);
        return text.ToString();
    }
}
