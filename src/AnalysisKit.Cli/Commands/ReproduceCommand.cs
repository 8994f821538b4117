using AnalysisKit.Charts;
using System.CommandLine;
using AnalysisKit.Cli.Output;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Trials;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysis-kit reproduce [--trial ID] [--out DIR] [--format text|json|html] [--data DIR]</c>:
/// recomputes every published number of the chosen trial (all five by default) from the data in
/// <c>data/</c> and compares it with the printed value (<see cref="ReproductionLedger"/>). The JSON
/// shape is fixed by the command-line contract (cli-json.md, section <c>reproduce</c>); html writes
/// the offline report (<see cref="HtmlReport"/>) into <c>--out</c>. Nothing is written into the data folder.
/// </summary>
internal static class ReproduceCommand
{
    /// <summary>Where the html report goes when <c>--out</c> is not given.</summary>
    public const string DefaultReportFolder = "out/report/";

    public static Command Create(TextWriter output)
    {
        var trial = CommonOptions.Optional("--trial", "Trial id (a folder of data/trials); all trials when absent.");
        var outFolder = CommonOptions.Optional("--out", $"Folder for --format html (default {DefaultReportFolder}).");
        var data = CommonOptions.Optional("--data", "The data folder holding trials/<id>/ (default: the repository's data/ folder).");
        var format = CommonOptions.Format();
        format.Description = "text (default), json or html.";

        var command = new Command("reproduce", "Recompute every published number of the trials and compare it with the printed value.");
        foreach (var option in new Option[] { trial, outFolder, data, format })
            command.Options.Add(option);

        command.SetAction(parse =>
        {
            var dataRoot = parse.GetValue(data) is { } given ? given : TrialCatalog.FindDataRoot();
            var catalog = TrialCatalog.Open(dataRoot);
            var ids = parse.GetValue(trial) is { } id ? new[] { id } : null;
            var ledger = ReproductionLedger.Build(catalog, ids);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    output.Write(ReproduceJson.Write(ledger));
                    break;
                case OutputFormat.Html:
                    var folder = Path.GetFullPath(parse.GetValue(outFolder) ?? DefaultReportFolder);
                    if (IsInside(folder, Path.GetFullPath(catalog.DataRoot)))
                        throw new UsageException($"--out {folder} lies inside the data folder {catalog.DataRoot}; the report may not be written there.");
                    var charts = new ReportCharts(new PlotlyChartRenderer(), catalog);
                    var comparison = ids is null ? charts.ComparisonBody() : null;
                    var written = HtmlReport.Write(ledger, folder, charts.ForTrial, charts.Head, comparison);
                    output.Write(ReproductionText.Write(ledger));
                    output.WriteLine($"report: {written[0]} ({written.Count} pages)");
                    break;
                default:
                    output.Write(ReproductionText.Write(ledger));
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsInside(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
