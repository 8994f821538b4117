using System.Globalization;
using AnalysisKit.Benchmarks;
using BenchmarkDotNet.Running;

// Modes (see README, "Performance"):
//   generate ROWS FILE   write the synthetic trial (fixed seed)
//   summarize km JSON    the summary of `analysis-kit km --group --format json` output, as bench.R prints it
//   summarize cox JSON   the summary of `analysis-kit cox --format json` output
//   steps FILE           time each step in one process (a rough profile)
//   compare KIT R        check that two printed summaries agree (exit 1 when they do not)
//   bdn [BDN ARGS]       BenchmarkDotNet, in process, on 100 000 rows
var mode = args.Length > 0 ? args[0] : "";
switch (mode)
{
    case "generate" when args.Length == 3:
        var rows = int.Parse(args[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        var censored = SyntheticTrial.Write(args[2], rows);
        Console.WriteLine($"{rows} rows written to {args[2]} ({censored:P1} censored)");
        return 0;
    case "summarize" when args.Length == 3 && args[1] == "km":
        CliSummary.KaplanMeierAndLogRank(args[2], Console.Out);
        return 0;
    case "summarize" when args.Length == 3 && args[1] == "cox":
        CliSummary.Cox(args[2], Console.Out);
        return 0;
    case "steps" when args.Length == 2:
        StepTimings.Run(args[1], Console.Out);
        return 0;
    case "compare" when args.Length == 3:
        var differences = SummaryComparison.Differences(args[1], args[2]);
        foreach (var line in differences) Console.WriteLine(line);
        return differences.Count == 0 ? 0 : 1;
    case "bdn":
        BenchmarkRunner.Run<SurvivalBenchmarks>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: generate ROWS FILE | summarize km|cox JSON | steps FILE | compare KIT_SUMMARY R_SUMMARY | bdn [BenchmarkDotNet args]");
        return 2;
}
