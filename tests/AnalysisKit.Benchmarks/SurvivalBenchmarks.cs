using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;
using BenchmarkDotNet.Attributes;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// In-process timings of the steps of the whole-process work (<see cref="WholeProcessWork"/>)
/// on the synthetic trial of 100 000 rows, written once to a temporary file.
/// </summary>
[MemoryDiagnoser]
public class SurvivalBenchmarks
{
    private string _file = "";
    private double[] _time = [];
    private bool[] _status = [];
    private string[] _group = [];
    private CoxCovariate[] _covariates = [];

    /// <summary>Number of patients.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    /// <summary>Writes the data and reads its columns once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"analysis-kit-bench-{Rows}.csv");
        SyntheticTrial.Write(_file, Rows);
        var table = CsvTable.Read(_file);
        _time = CsvColumnReader.Times(table, "time");
        _status = CsvColumnReader.Events(table, "status");
        _group = CsvColumnReader.Labels(table, "group");
        _covariates = new[] { "x1", "x2", "x3" }.Select(n => CoxCovariate.Numeric(n, CsvColumnReader.Numbers(table, n))).ToArray();
    }

    /// <summary>Removes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>Reading the CSV and its six columns.</summary>
    [Benchmark]
    public int ReadCsv()
    {
        var table = CsvTable.Read(_file);
        return CsvColumnReader.Times(table, "time").Length + CsvColumnReader.Events(table, "status").Length
            + CsvColumnReader.Labels(table, "group").Length + CsvColumnReader.Numbers(table, "x1").Length
            + CsvColumnReader.Numbers(table, "x2").Length + CsvColumnReader.Numbers(table, "x3").Length;
    }

    /// <summary>Kaplan–Meier curves by group with medians.</summary>
    [Benchmark]
    public double KaplanMeierByGroup() => KaplanMeier.FitByGroup(_time, _status, _group).Sum(c => c.Median.Time);

    /// <summary>The log-rank test over the five groups.</summary>
    [Benchmark]
    public double LogRank() => LogRankTest.Compute(_time, _status, _group).ChiSquare;

    /// <summary>The Cox model on x1 + x2 + x3, Efron ties, concordance included.</summary>
    [Benchmark]
    public double Cox() => CoxModel.Fit(_time, _status, _covariates).LogLik;

    /// <summary>Harrell's concordance of x1 alone.</summary>
    [Benchmark]
    public double Concordance() => HarrellConcordance.Compute(_time, _status, ((NumericCovariate)_covariates[0]).Values).Concordance;
}
