using System.Globalization;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// The short result both sides print (<c>name value</c> per line, 12 significant digits, NA for
/// a missing value), so that the run script can check that the kit and R agree
/// (<see cref="SummaryComparison"/>).
/// </summary>
internal sealed class Summary(TextWriter output)
{
    public void Add(string name, double value) =>
        output.WriteLine($"{name} {(double.IsFinite(value) ? value.ToString("G12", CultureInfo.InvariantCulture) : "NA")}");
}
