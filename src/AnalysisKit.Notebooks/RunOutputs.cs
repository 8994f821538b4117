namespace AnalysisKit.Notebooks;

/// <summary>
/// The outputs of every cell of one run, by cell. A displayed value keeps its place when the
/// kernel updates it (<c>DisplayedValueUpdated</c>), even from a later cell; consecutive writes to
/// the same stream are joined into one output, as Jupyter does.
/// </summary>
internal sealed class RunOutputs
{
    private readonly List<CellOutput>[] _byCell;
    private readonly Dictionary<string, (int Cell, int Index)> _displays = new(StringComparer.Ordinal);

    public RunOutputs(int cellCount)
    {
        _byCell = Enumerable.Range(0, cellCount).Select(_ => new List<CellOutput>()).ToArray();
    }

    /// <summary>The outputs of the cell at 0-based <paramref name="cellIndex"/>, in order.</summary>
    public IReadOnlyList<CellOutput> Of(int cellIndex) => _byCell[cellIndex];

    /// <summary>Adds <paramref name="output"/> to the cell at 0-based <paramref name="cellIndex"/>.</summary>
    public void Add(int cellIndex, CellOutput output)
    {
        var outputs = _byCell[cellIndex];
        if (output.Kind is CellOutputKind.StandardOutput or CellOutputKind.StandardError
            && outputs.Count > 0 && outputs[^1].Kind == output.Kind)
        {
            outputs[^1] = CellOutput.Stream(output.Kind, outputs[^1].Text + output.Text);
            return;
        }
        if (output.ValueId is not null) _displays[output.ValueId] = (cellIndex, outputs.Count);
        outputs.Add(output);
    }

    /// <summary>
    /// Replaces the values of the display with <paramref name="valueId"/> where it was shown; a
    /// display not seen before is added to the cell at <paramref name="cellIndex"/>.
    /// </summary>
    public void Update(int cellIndex, string? valueId, IReadOnlyList<KeyValuePair<string, string>> data)
    {
        if (valueId is not null && _displays.TryGetValue(valueId, out var at))
        {
            _byCell[at.Cell][at.Index] = _byCell[at.Cell][at.Index].WithData(data);
            return;
        }
        Add(cellIndex, CellOutput.Value(CellOutputKind.Display, data, valueId));
    }

    /// <summary>True when the cell at <paramref name="cellIndex"/> already holds an error output.</summary>
    public bool HasError(int cellIndex) => _byCell[cellIndex].Any(o => o.Kind == CellOutputKind.Error);
}
