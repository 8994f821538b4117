using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;
using BenchmarkDotNet.Attributes;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// In-process timings of the steps of the CLI's km --group and cox work on the synthetic trial
/// of 100 000 rows, written once to a temporary file.
/// </summary>
[MemoryDiagnoser]
public class SurvivalBenchmarks
{
    private string _file = "";
    private double[] _time = [];
    private bool[] _status = [];
    private LabelColumn _group = new([], []);
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
        var columns = ReadColumns();
        _time = columns.Numbers("time");
        _status = columns.Events("status");
        _group = columns.Labels("group");
        _covariates = new[] { "x1", "x2", "x3" }.Select(n => CoxCovariate.Numeric(n, columns.Numbers(n))).ToArray();
    }

    /// <summary>Removes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>Reading the CSV's six columns, typed.</summary>
    [Benchmark]
    public int ReadCsv() => ReadColumns().RowCount;

    /// <summary>Kaplan–Meier curves by group with medians, and the log-rank test, from one sample (as km --group).</summary>
    [Benchmark]
    public double KaplanMeierAndLogRank()
    {
        var sample = SurvivalSample.Of(_time, _status, _group);
        return KaplanMeier.FitByGroup(sample).Sum(c => c.Median.Time) + LogRankTest.Compute(sample).ChiSquare;
    }

    /// <summary>The Cox model on x1 + x2 + x3, Efron ties, concordance included.</summary>
    [Benchmark]
    public double Cox() => CoxModel.Fit(_time, _status, _covariates).LogLik;

    private TypedColumns ReadColumns() =>
        TypedCsvReader.Read(_file, [("time", CsvColumnType.Time), ("status", CsvColumnType.Event), ("group", CsvColumnType.Label),
            ("x1", CsvColumnType.Number), ("x2", CsvColumnType.Number), ("x3", CsvColumnType.Number)]);

    /// <summary>Harrell's concordance of x1 alone.</summary>
    [Benchmark]
    public double Concordance() => HarrellConcordance.Compute(_time, _status, ((NumericCovariate)_covariates[0]).Values).Concordance;
}
