using System.Globalization;
using System.Text.Json;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>
/// The README's statement of what synthetic patients can and cannot be used for is what scoring
/// the committed reconstructions of the validation cohorts (<c>tests/validation/trials/&lt;id&gt;/ipd.csv</c>,
/// written by <c>analysis-kit reconstruct --data tests/validation</c> from the tables alone)
/// against their true patients finds: its table is recomputed here, row by row, from those
/// files and the real-sample spread the R script committed.
/// </summary>
public class ValidationResultsTests
{
    private static readonly string[] FidelityKinds = ["median", "median CI", "landmark rate", "landmark CI"];

    [Test]
    public void TheReadmeTableIsTheScoringOfTheCommittedReconstructions()
    {
        var expected = new List<string>();
        foreach (var cohort in ValidationTruth.Cohorts)
        {
            var folder = RepositoryPaths.Of($"tests/validation/trials/{cohort}");
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reconstruction.json")));
            var kinds = json.RootElement.GetProperty("fidelity").EnumerateArray()
                .Where(k => FidelityKinds.Contains(k.GetProperty("kind").GetString()))
                .ToList();
            var reproduced = kinds.Sum(k => k.GetProperty("reproduced").GetInt32());
            var total = kinds.Sum(k => k.GetProperty("total").GetInt32());
            expected.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {cohort} | printed median, CI and landmark cells reproduced | {reproduced}/{total} ({100.0 * reproduced / total:0.0}%) | | | |"));
            foreach (var c in ValidationComparison.Of(ValidationTruth.PathOf(cohort, ""), Path.Combine(folder, "ipd.csv")))
                expected.Add(string.Create(CultureInfo.InvariantCulture,
                    $"| {cohort} | {c.Score} | {Text(c.Synthetic)} | {Text(c.RealMedian)} | {Text(c.RealP90)} | {(c.AsCloseAsARealSample ? "yes" : "no")} |"));
        }
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var rows = readme.Split('\n').Where(l => ValidationTruth.Cohorts.Any(c => l.StartsWith($"| {c} |", StringComparison.Ordinal))).ToList();
        Assert.That(rows, Is.EqualTo(expected), "README.md, section 'What synthetic patients can and cannot be used for':\n" + string.Join("\n", expected));
    }

    private static string Text(double value) => double.IsNaN(value) ? "not computable" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
