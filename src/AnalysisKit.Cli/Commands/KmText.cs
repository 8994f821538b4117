using System.Globalization;
using System.Text;
using AnalysisKit.Cli.Output;
using AnalysisKit.Survival;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The km command's readable output: one line per curve as R's <c>print(survfit(...))</c> (n,
/// events, median and its limits); with <c>--table</c> also the restricted means and each
/// curve's table (<c>summary(fit)</c>); with <c>--times</c> survival at those times; with
/// groups, the log-rank test as <c>print(survdiff(...))</c>.
/// </summary>
internal static class KmText
{
    public static string Write(KmResult result, bool table)
    {
        var options = result.Options;
        var level = Number(options.ConfidenceLevel);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Kaplan-Meier estimate; {level} pointwise intervals, conf.type = \"{KmCommand.RName(options.ConfidenceType)}\" (Greenwood variance); median by {options.QuantileRule.DisplayName()}\n\n");

        List<string> header = ["", "n", "events", "median", $"{level}LCL", $"{level}UCL"];
        if (table) header.AddRange(["rmean*", "se(rmean)"]);
        var summary = new List<string[]> { header.ToArray() };
        foreach (var item in result.Curves)
        {
            List<string> row =
            [
                "group=" + item.Curve.Group, item.Curve.N.ToString(CultureInfo.InvariantCulture), item.Curve.Events.ToString(CultureInfo.InvariantCulture),
                Number(item.Median.Time), Number(item.Median.Lower), Number(item.Median.Upper),
            ];
            if (table) row.AddRange([Number(item.RestrictedMean.Mean), Number(item.RestrictedMean.StdErr)]);
            summary.Add(row.ToArray());
        }
        AppendColumns(text, summary, labelFirst: true);
        if (table)
            text.Append(CultureInfo.InvariantCulture, $"    * restricted mean with upper limit = {Time(result.Curves[0].RestrictedMean.Tau)}\n");

        foreach (var item in result.Curves)
        {
            if (!table && item.AtTimes is null) continue;
            text.Append(CultureInfo.InvariantCulture, $"\ngroup={item.Curve.Group}\n");
            if (table)
            {
                var rows = new List<string[]> { new[] { "time", "n.risk", "n.event", "n.censor", "survival", "std.err", $"lower {level} CI", $"upper {level} CI" } };
                rows.AddRange(item.Curve.Rows.Select(r => new[]
                {
                    Time(r.Time), Int(r.NRisk), Int(r.NEvent), Int(r.NCensor), Number(r.Survival), Number(r.StdErr), Number(r.Lower), Number(r.Upper),
                }));
                AppendColumns(text, rows);
            }
            if (item.AtTimes is { } atTimes)
            {
                text.Append("  at chosen times:\n");
                var chosen = new List<string[]> { new[] { "time", "n.risk", "n.event", "survival", "std.err", $"lower {level} CI", $"upper {level} CI" } };
                chosen.AddRange(atTimes.Select(r => new[]
                {
                    Time(r.Time), Int(r.NRisk), Int(r.NEvent), Number(r.Survival), Number(r.StdErr), Number(r.Lower), Number(r.Upper),
                }));
                AppendColumns(text, chosen);
            }
        }

        if (result.LogRank is { } logRank) text.Append('\n').Append(LogRankText.Write(logRank, []));
        else if (result.Grouped) text.Append("\nLog-rank test: every patient is in one group; there is nothing to compare.\n");
        WarningsText.Append(text, result.Warnings);
        return text.ToString();
    }

    private static string Time(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Four significant digits as print.survfit shows by default; NA where R prints NA.</summary>
    private static string Number(double value) =>
        double.IsNaN(value) ? "NA" : double.IsInfinity(value) ? (value > 0 ? "Inf" : "-Inf") : value.ToString("G4", CultureInfo.InvariantCulture);

    private static void AppendColumns(StringBuilder text, List<string[]> rows, bool labelFirst = false)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            text.Append(string.Join(" ", row.Select((cell, c) => c == 0 && labelFirst ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
            text.Append('\n');
        }
    }
}
