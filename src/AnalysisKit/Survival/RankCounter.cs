namespace AnalysisKit.Survival;

/// <summary>
/// A multiset of ranks 0 … size − 1 that counts, in O(log size), how many of its members are
/// below, equal to or above a given rank (a Fenwick, or binary indexed, tree of counts).
/// Used by <see cref="HarrellConcordance"/> to count concordant pairs in O(n log n).
/// </summary>
internal sealed class RankCounter(int size)
{
    private readonly int[] _tree = new int[size + 1];   // ints, not longs: half the memory to walk
    private readonly int[] _atRank = new int[size];

    /// <summary>Number of members.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one member with rank <paramref name="rank"/>.</summary>
    public void Add(int rank)
    {
        for (var i = rank + 1; i < _tree.Length; i += i & -i) _tree[i]++;
        _atRank[rank]++;
        Count++;
    }

    /// <summary>How many members have a rank below, equal to and above <paramref name="rank"/>.</summary>
    public (long Below, long Equal, long Above) Compare(int rank)
    {
        var below = 0;
        for (var i = rank; i > 0; i -= i & -i) below += _tree[i];
        var equal = _atRank[rank];
        return (below, equal, Count - below - equal);
    }
}
