using System.Globalization;
using System.Text;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Deterministic synthetic survival data for the benchmark (fixed seed, so every run and every
/// machine writes the same file). Columns: <c>time,status,group,x1,x2,x3</c>.
/// <list type="bullet">
/// <item>group: one of five arms A–E, equally likely, log hazard ratios 0, 0.15, 0.30, 0.45, 0.60 against A;</item>
/// <item>x1 ~ N(0, 1) (a standardised biomarker, β = 0.5, 4 decimals);</item>
/// <item>x2 ~ N(60, 10) (age in years, β = 0.02, 1 decimal);</item>
/// <item>x3 ~ U(0, 2) (dose, β = −0.3, 3 decimals);</item>
/// <item>event time ~ exponential with hazard 0.05 · exp(linear predictor) per month; censoring
/// time ~ exponential with hazard 0.0205 per month, which censors about 30% of patients;</item>
/// <item>time = min(event, censoring) rounded to 0.01 month (at least 0.01), so times are
/// heavily tied, as in real follow-up data recorded to the day.</item>
/// </list>
/// </summary>
internal static class SyntheticTrial
{
    public const int Seed = 20261123;
    private const double BaselineHazard = 0.05;
    private const double CensoringHazard = 0.0205;
    private static readonly string[] Groups = ["A", "B", "C", "D", "E"];
    private static readonly double[] GroupEffect = [0, 0.15, 0.30, 0.45, 0.60];

    /// <summary>Writes <paramref name="rows"/> patients to <paramref name="path"/>; returns the fraction censored.</summary>
    public static double Write(string path, int rows)
    {
        if (rows < 1) throw new ArgumentException($"rows is {rows}; at least one patient is needed.", nameof(rows));
        var random = new Random(Seed);
        var censored = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.NewLine = "\n";
        writer.WriteLine("time,status,group,x1,x2,x3");
        var line = new StringBuilder(64);
        for (var i = 0; i < rows; i++)
        {
            var group = random.Next(Groups.Length);
            var x1 = Math.Round(Normal(random), 4);
            var x2 = Math.Round(60 + 10 * Normal(random), 1);
            var x3 = Math.Round(2 * random.NextDouble(), 3);
            var eta = GroupEffect[group] + 0.5 * x1 + 0.02 * (x2 - 60) - 0.3 * x3;
            var eventTime = Exponential(random, BaselineHazard * Math.Exp(eta));
            var censorTime = Exponential(random, CensoringHazard);
            var died = eventTime <= censorTime;
            if (!died) censored++;
            var time = Math.Max(0.01, Math.Round(Math.Min(eventTime, censorTime), 2));
            line.Clear()
                .Append(Format(time)).Append(',')
                .Append(died ? '1' : '0').Append(',')
                .Append(Groups[group]).Append(',')
                .Append(Format(x1)).Append(',')
                .Append(Format(x2)).Append(',')
                .Append(Format(x3));
            writer.WriteLine(line);
        }
        return (double)censored / rows;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Standard normal by the Box–Muller transform (one of the pair is used).</summary>
    private static double Normal(Random random)
    {
        var u1 = 1 - random.NextDouble(); // (0, 1]
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static double Exponential(Random random, double rate) => -Math.Log(1 - random.NextDouble()) / rate;
}
