using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>
/// The committed synthetic patients of the 60-patient validation cohort are what
/// <c>analysis-kit reconstruct</c> writes from its tables alone, with no code of its own: run on a
/// copy of <c>tests/validation</c> (PFS and OS tables only, landmarks at 12–60 months), it
/// regenerates <c>ipd.csv</c> and <c>reconstruction.json</c> byte for byte (about two minutes of
/// CPU).
/// </summary>
public class ValidationReconstructionTests
{
    [Test]
    public void TheSixtyPatientCohortIsRebuiltFromItsTablesByteForByte()
    {
        var source = RepositoryPaths.Of("tests/validation/trials/colon_obs60");
        var root = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "trials", "colon_obs60");
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(source).Where(f => Path.GetFileName(f) is not ("ipd.csv" or "reconstruction.json")))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var run = CliRun.Of("reconstruct", "--trial", "colon_obs60", "--data", root);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
            foreach (var file in new[] { "ipd.csv", "reconstruction.json" })
                Assert.That(File.ReadAllBytes(Path.Combine(folder, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(source, file))), file);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
