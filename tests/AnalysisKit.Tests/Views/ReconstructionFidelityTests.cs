using AnalysisKit.Reconstruction;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class ReconstructionFidelityTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.OpenRepository();

    private static ReconstructionFidelity FromJson(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fidelity-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try { return ReconstructionFidelity.Read(path); }
        finally { File.Delete(path); }
    }

    [Test]
    public void ReadsOneRowPerPrintedNumber()
    {
        var view = FromJson("""
            {"trial": "x", "patients": 29, "method": "exponential through the medians",
             "fidelity": [
               {"claim": "x/Abstract/OS/B/median", "quantity": "median overall survival in stage B (months)", "published": "20.3", "reproduced": 20.3, "status": "reproduced", "computation": "KM median", "note": ""},
               {"claim": "x/Abstract/OS/C/median", "quantity": "median overall survival in stage C (months)", "published": "8.6", "reproduced": 8.75, "status": "differs", "computation": "KM median", "note": "rounds to 8.8"}],
             "not_reconstructed": ["Response is not a time-to-event outcome."]}
            """);
        Assert.That(view.Trial, Is.EqualTo("x"));
        Assert.That(view.Patients, Is.EqualTo(29));
        Assert.That(view.Rows.Select(r => (r.Published, r.Reproduced, r.Status)),
            Is.EqualTo(new (string, double?, FidelityStatus)[] { ("20.3", 20.3, FidelityStatus.Reproduced), ("8.6", 8.75, FidelityStatus.Differs) }));
        Assert.That(view.Kinds.Single(), Is.EqualTo(new FidelityKind("median", 1, 2)));
        Assert.That(view.NotRecovered, Is.EqualTo(new[]
        {
            "x/Abstract/OS/C/median: printed 8.6, synthetic 8.75 (differs); rounds to 8.8",
            "Response is not a time-to-event outcome.",
        }));
        // 1 of 2 medians reproduced = 50%.
        Assert.That(view.KindTable().Rows.Single().Select(c => c.Text), Is.EqualTo(new[] { "median", "1", "2", "50" }));
    }

    [Test]
    public void ReadsCountsPerKindAndTheCellsNotReproduced()
    {
        var view = FromJson("""
            {"trial": "y", "patients": 34, "method": "annealing",
             "fidelity": [{"kind": "median", "reproduced": 123, "total": 203}, {"kind": "p", "reproduced": 2, "total": 79}],
             "cells_not_reproduced": [{"table": "Table4", "row_group": "Sex", "row_label": "Female", "column": "p", "kind": "p", "published": "0.175", "reproduced": 0.19436, "reason": "not met by the search"}]}
            """);
        Assert.That(view.Rows, Is.Empty);
        Assert.That(view.Kinds, Is.EqualTo(new[] { new FidelityKind("median", 123, 203), new FidelityKind("p", 2, 79) }));
        Assert.That(view.NotRecovered.Single(), Is.EqualTo("Table4 / Sex / Female / p: printed 0.175, synthetic 0.19436 (not met by the search)"));
        // 123/203 = 60.6% prints as 61; 2/79 = 2.5% as 3.
        Assert.That(view.KindTable().Rows.Select(r => r[3].Text), Is.EqualTo(new[] { "61", "3" }));
        Assert.That(view.ToHtml(), Does.Contain("<li>Table4 / Sex / Female / p: printed 0.175, synthetic 0.19436 (not met by the search)</li>"));
    }

    [Test]
    public void Chow2014StageMediansAreThePrintedOnes()
    {
        var view = ReconstructionFidelity.Of(Catalog.Load("chow2014"));
        // Abstract: "Median survivals for BCLC stage B and C were 20.3 and 8.6 months"; 29 patients.
        Assert.That(view.Patients, Is.EqualTo(29));
        var medians = view.Rows.Where(r => r.ClaimId.EndsWith("/median", StringComparison.Ordinal)).ToList();
        Assert.That(medians.Select(r => r.Published), Is.EqualTo(new[] { "20.3", "8.6" }));
        Assert.That(medians.Select(r => Math.Round(r.Reproduced!.Value, 1)), Is.EqualTo(new[] { 20.3, 8.6 }));
    }

    [Test]
    public void Kaseb2021HasThirtyFourPatientsAndCountsPerKind()
    {
        var view = ReconstructionFidelity.Of(Catalog.Load("kaseb2021"));
        Assert.That(view.Patients, Is.EqualTo(34));
        // Tables 4-6 print 203 subgroup rows with n and events; the synthetic patients hold them all.
        Assert.That(view.Kinds.Single(k => k.Kind == "n"), Is.EqualTo(new FidelityKind("n", 203, 203)));
        Assert.That(view.NotRecovered, Has.Some.StartsWith("Table5 / Pathology / Poor / median: printed 17.28"));
        // Every whole-cohort cell holds (see Kaseb2021SyntheticPatientsTests), so none is listed.
        Assert.That(view.NotRecovered, Has.None.Contains(" / All / All patients / "));
        // The one 38-patient number the 34 + 4 sorafenib-only patients miss (OS lower limit 10.8).
        var intentionToTreat = view.NotRecovered.Where(l => l.StartsWith("Intention-to-treat cohort of 38", StringComparison.Ordinal)).ToList();
        Assert.That(intentionToTreat, Has.Count.EqualTo(1));
        Assert.That(intentionToTreat[0], Does.StartWith("Intention-to-treat cohort of 38 / Overall survival (38 patients) / median_lower: printed 10.8, synthetic 11.47 ("));
    }

    [Test]
    public void ADocumentWithoutAFidelityListIsRejected() =>
        Assert.Throws<AnalysisKit.Data.DataFileException>(() => FromJson("{\"trial\": \"z\"}"));
}
