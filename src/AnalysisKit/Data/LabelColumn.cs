namespace AnalysisKit.Data;

/// <summary>
/// A column of labels (groups, strata, factor levels) held as R holds a <c>factor</c>: the
/// distinct values in <see cref="LevelOrder"/> order, and for each row the 0-based index of its level.
/// </summary>
public sealed class LabelColumn
{
    /// <summary>Creates the column from its levels and each row's level index.</summary>
    /// <exception cref="ArgumentException">An index does not name a level.</exception>
    public LabelColumn(IReadOnlyList<string> levels, int[] levelIndex)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(levelIndex);
        foreach (var l in levelIndex)
        {
            if ((uint)l >= (uint)levels.Count)
                throw new ArgumentException($"Level index {l} is outside the {levels.Count} levels.", nameof(levelIndex));
        }
        Levels = levels;
        LevelIndex = levelIndex;
    }

    /// <summary>The distinct labels in R's factor-level order (<see cref="LevelOrder.Levels"/>).</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>For each row, the index of its label in <see cref="Levels"/>.</summary>
    public int[] LevelIndex { get; }

    /// <summary>Number of rows.</summary>
    public int Count => LevelIndex.Length;

    /// <summary>The label of each row (the level strings themselves, not copies).</summary>
    public string[] Labels()
    {
        var labels = new string[LevelIndex.Length];
        for (var i = 0; i < labels.Length; i++) labels[i] = Levels[LevelIndex[i]];
        return labels;
    }

    /// <summary>The column of <paramref name="labels"/>, levels in <see cref="LevelOrder.Levels"/> order.</summary>
    public static LabelColumn Of(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var builder = new LabelColumnBuilder(labels.Count);
        foreach (var label in labels) builder.Add(label);
        return builder.ToColumn();
    }
}
