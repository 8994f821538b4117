namespace AnalysisKit.Data;

/// <summary>
/// Collects a <see cref="LabelColumn"/> row by row: a label seen before is found by its
/// characters without making a string, so a million rows of five groups make five strings.
/// </summary>
internal sealed class LabelColumnBuilder
{
    private readonly Dictionary<string, int> _firstSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];
    private readonly ColumnBuffer<int> _index;

    /// <param name="capacityHint">The number of rows expected (<see cref="ColumnBuffer{T}.RowCountHint"/>); 0 when unknown.</param>
    public LabelColumnBuilder(int capacityHint = 0)
    {
        _index = new ColumnBuffer<int>(capacityHint);
        _lookup = _firstSeen.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds the next row's label.</summary>
    public void Add(ReadOnlySpan<char> label)
    {
        if (!_lookup.TryGetValue(label, out var seen))
        {
            seen = _names.Count;
            var name = label.ToString();
            _firstSeen.Add(name, seen);
            _names.Add(name);
        }
        _index.Add(seen);
    }

    /// <summary>The column, its levels sorted as R's factor levels and the indices renumbered to match.</summary>
    public LabelColumn ToColumn()
    {
        var levels = LevelOrder.Levels(_names);
        var rank = new int[_names.Count];
        for (var l = 0; l < levels.Count; l++) rank[_firstSeen[levels[l]]] = l;
        var index = _index.ToArray();
        for (var i = 0; i < index.Length; i++) index[i] = rank[index[i]];
        return new LabelColumn(levels, index);
    }
}
