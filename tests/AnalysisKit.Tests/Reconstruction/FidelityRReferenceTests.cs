using System.Text.Json;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The Kaplan–Meier numbers in the committed fidelity tables (data/trials/&lt;id&gt;/reconstruction.json)
/// agree with R's survfit on the same ipd.csv files (tests/reference/reconstruction/fidelity.R,
/// survival 3.5.3): 1e-6 relative. The script prints rates on the per-cent scale, as the tables do.
/// </summary>
public class FidelityRReferenceTests
{
    [Test]
    public void FidelityTablesAgreeWithSurvfit()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/reconstruction/fidelity_reference.json")));
        var values = reference.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.That(values, Has.Count.EqualTo(15));
        Assert.Multiple(() =>
        {
            foreach (var entry in values)
            {
                var claim = entry.GetProperty("claim").GetString()!;
                var expected = entry.GetProperty("value").GetDouble();
                var trial = claim[..claim.IndexOf('/', StringComparison.Ordinal)];
                using var report = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of($"data/trials/{trial}/reconstruction.json")));
                var row = report.RootElement.GetProperty("fidelity").EnumerateArray().Single(r => r.GetProperty("claim").GetString() == claim);
                var kit = row.GetProperty("reproduced").GetDouble();
                Assert.That(kit, Is.EqualTo(expected).Within(1e-6 * Math.Abs(expected)), claim);
            }
        });
    }
}
