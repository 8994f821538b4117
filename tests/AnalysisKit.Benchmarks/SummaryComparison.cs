using System.Globalization;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Compares the summaries printed by the kit and by <c>bench.R</c>: the same names, and every
/// value equal to within <see cref="RelativeTolerance"/> (relative; absolute below 1e-12), or NA on both sides.
/// </summary>
internal static class SummaryComparison
{
    public const double RelativeTolerance = 1e-6;

    /// <summary>Returns the disagreements, one line each; empty when the summaries agree.</summary>
    public static IReadOnlyList<string> Differences(string kitFile, string rFile)
    {
        var kit = Read(kitFile);
        var r = Read(rFile);
        var problems = new List<string>();
        foreach (var name in kit.Keys.Union(r.Keys).Order(StringComparer.Ordinal))
        {
            if (!kit.TryGetValue(name, out var a)) { problems.Add($"{name}: only R prints it"); continue; }
            if (!r.TryGetValue(name, out var b)) { problems.Add($"{name}: only the kit prints it"); continue; }
            if (double.IsNaN(a) && double.IsNaN(b)) continue;
            var scale = Math.Max(Math.Abs(a), Math.Abs(b));
            if (!(Math.Abs(a - b) <= Math.Max(RelativeTolerance * scale, 1e-12)))
                problems.Add($"{name}: kit {a.ToString("R", CultureInfo.InvariantCulture)}, R {b.ToString("R", CultureInfo.InvariantCulture)}");
        }
        return problems;
    }

    private static Dictionary<string, double> Read(string file)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(file))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) continue; // not a summary line
            values[parts[0]] = parts[1] == "NA" ? double.NaN : double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return values;
    }
}
