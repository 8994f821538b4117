using System.Globalization;
using System.Text;
using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>The log-rank test as readable text, laid out as R's <c>print(survdiff(...))</c>; used by logrank and km --group.</summary>
internal static class LogRankText
{
    /// <summary>The test, then one line per warning.</summary>
    public static string Write(LogRankResult result, IReadOnlyList<string> warnings)
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
        WarningsText.Append(text, warnings);
        return text.ToString();
    }
}
