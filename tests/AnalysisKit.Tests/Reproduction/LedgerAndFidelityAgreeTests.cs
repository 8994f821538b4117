using System.Text.Json;
using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The ledger and the reconstruction's fidelity table use one median rule and one agreement rule,
/// so on kaseb2021's committed synthetic patients they agree cell by cell: a subgroup-table cell
/// agrees in the ledger exactly when reconstruction.json does not list it among the cells not
/// reproduced, and the ledger's counts per kind of cell are the fidelity table's.
/// </summary>
public class LedgerAndFidelityAgreeTests
{
    private const string Id = "kaseb2021";

    [Test]
    public void EverySubgroupTableCellAgreesInBothOrInNeither()
    {
        var trial = TrialCatalog.OpenRepository(RepositoryPaths.Root).Load(Id);
        var tables = trial.SurvivalTables.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
        var ledger = ReproductionLedger.Reproduce(trial).Claims.Where(c => tables.Contains(c.Table)).ToList();
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of($"data/trials/{Id}/reconstruction.json")));
        var missed = document.RootElement.GetProperty("cells_not_reproduced").EnumerateArray()
            .Where(c => tables.Contains(c.GetProperty("table").GetString()!))
            .Select(c => ClaimId.Of(Id, c.GetProperty("table").GetString()!, c.GetProperty("row_group").GetString()!,
                c.GetProperty("row_label").GetString()!, c.GetProperty("column").GetString()!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(ledger, Is.Not.Empty);
        Assert.That(ledger.Where(c => c.Comparison is null).Select(c => c.Id), Is.Empty, "the ledger recomputes every subgroup-table cell");
        Assert.That(ledger.Where(c => c.Comparison!.Agrees == missed.Contains(c.Id)).Select(c => $"{c.Id}: printed {c.Published}, kit {c.Reproduced}"),
            Is.Empty, "cells on which the ledger and the fidelity table disagree");
        var fidelity = document.RootElement.GetProperty("fidelity").EnumerateArray()
            .Where(k => k.GetProperty("kind").GetString() != "Table 1 count")
            .Sum(k => k.GetProperty("reproduced").GetInt32());
        Assert.That(ledger.Count(c => c.Comparison!.Agrees), Is.EqualTo(fidelity), "reproduced subgroup-table cells");
    }
}
