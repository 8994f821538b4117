using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// Determinism: running the reconstruction again with its default settings writes files byte
/// for byte equal to the committed <c>ipd.csv</c> and <c>reconstruction.json</c>. (This test runs
/// the full search once.)
/// </summary>
public class SubgroupTableReconstructionRerunTests
{
    [Test]
    public void RerunIntoATemporaryFolderGivesByteIdenticalFiles()
    {
        var trial = TrialCatalog.OpenRepository(RepositoryPaths.Root).Load("kaseb2021");
        var folder = Path.Combine(Path.GetTempPath(), "kaseb2021-rerun-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new SubgroupTableReconstruction().Run(trial);
            SubgroupTableReconstruction.Write(result, folder);
            foreach (var file in new[] { "ipd.csv", "reconstruction.json" })
            {
                var committed = File.ReadAllBytes(RepositoryPaths.Of("data/trials/kaseb2021/" + file));
                Assert.That(File.ReadAllBytes(Path.Combine(folder, file)), Is.EqualTo(committed), file);
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
