using System.Diagnostics;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// One pass over the steps of the CLI's km --group and cox work with a stopwatch around each, to see
/// where the time goes on a large file (a rough profile; BenchmarkDotNet gives the careful view).
/// </summary>
internal static class StepTimings
{
    public static void Run(string file, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Step(string name)
        {
            var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
            output.WriteLine($"{name,-22} {clock.Elapsed.TotalSeconds,7:F3} s wall {(cpuNow - cpu).TotalSeconds,7:F3} s CPU   managed heap {GC.GetTotalMemory(false) / (1 << 20),5} MiB");
            cpu = cpuNow;
            clock.Restart();
        }
        var columns = TypedCsvReader.Read(file, [("time", CsvColumnType.Time), ("status", CsvColumnType.Event), ("group", CsvColumnType.Label),
            ("x1", CsvColumnType.Number), ("x2", CsvColumnType.Number), ("x3", CsvColumnType.Number)]);
        Step("read typed columns");
        var time = columns.Numbers("time");
        var status = columns.Events("status");
        var covariates = new[] { "x1", "x2", "x3" }.Select(n => CoxCovariate.Numeric(n, columns.Numbers(n))).ToList();
        var sample = SurvivalSample.Of(time, status, columns.Labels("group"));
        Step("merge ties");
        var curves = KaplanMeier.FitByGroup(sample);
        Step("sort, Kaplan-Meier");
        _ = curves.Select(c => c.Median).ToList();
        Step("medians");
        LogRankTest.Compute(sample);
        Step("log-rank");
        var fit = CoxModel.Fit(time, status, covariates);
        Step("Cox (with concordance)");
        HarrellConcordance.Compute(time, status, fit.LinearPredictors);
        Step("concordance alone");
    }
}
