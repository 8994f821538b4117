using System.Diagnostics;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// One pass over the steps of the whole-process work with a stopwatch around each, to see
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
        var table = CsvTable.Read(file);
        Step("read CSV");
        var time = CsvColumnReader.Times(table, "time");
        var status = CsvColumnReader.Events(table, "status");
        var group = CsvColumnReader.Labels(table, "group");
        var covariates = new[] { "x1", "x2", "x3" }.Select(n => CoxCovariate.Numeric(n, CsvColumnReader.Numbers(table, n))).ToList();
        Step("typed columns");
        var curves = KaplanMeier.FitByGroup(time, status, group);
        Step("Kaplan-Meier by group");
        _ = curves.Select(c => c.Median).ToList();
        Step("medians");
        LogRankTest.Compute(time, status, group);
        Step("log-rank");
        var fit = CoxModel.Fit(time, status, covariates);
        Step("Cox (with concordance)");
        HarrellConcordance.Compute(time, status, fit.LinearPredictors);
        Step("concordance alone");
    }
}
