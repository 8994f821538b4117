namespace AnalysisKit.Reconstruction;

/// <summary>
/// How well synthetic patients reproduce the printed tables: every compared cell and, per kind
/// of cell, how many agree at the printed rounding.
/// </summary>
/// <param name="Cells">Every printed cell compared, in table and row order.</param>
public sealed record FidelityTable(IReadOnlyList<FidelityCell> Cells)
{
    /// <summary>Per kind (in <see cref="FidelityCellKinds.All"/> order): cells reproduced and cells compared.</summary>
    public IReadOnlyList<(string Kind, int Reproduced, int Total)> Summary =>
        FidelityCellKinds.All
            .Select(k => (k, Cells.Count(c => c.Kind == k && c.Comparison.Agrees), Cells.Count(c => c.Kind == k)))
            .Where(s => s.Item3 > 0)
            .ToList();

    /// <summary>The cells that do not agree.</summary>
    public IReadOnlyList<FidelityCell> NotReproduced => Cells.Where(c => !c.Comparison.Agrees).ToList();
}
