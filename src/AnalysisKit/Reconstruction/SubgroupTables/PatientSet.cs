using System.Numerics;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// A set of patients numbered 0 to n − 1 as a bit set (64 patients per word), for the search's
/// rows and event masks: membership, counts and intersections cost a few machine words.
/// </summary>
internal sealed class PatientSet
{
    private readonly ulong[] _words;

    /// <summary>An empty set able to hold patients 0 to <paramref name="patients"/> − 1.</summary>
    public PatientSet(int patients) => _words = new ulong[(patients + 63) / 64];

    /// <summary>Whether patient p is in the set.</summary>
    public bool Contains(int p) => (_words[p >> 6] & (1UL << p)) != 0;

    /// <summary>Puts patient p in the set or takes them out.</summary>
    public void Set(int p, bool member)
    {
        if (member) _words[p >> 6] |= 1UL << p;
        else _words[p >> 6] &= ~(1UL << p);
    }

    /// <summary>Number of patients in the set.</summary>
    public int Count()
    {
        var count = 0;
        foreach (var w in _words) count += BitOperations.PopCount(w);
        return count;
    }

    /// <summary>Number of patients in both this set and <paramref name="other"/> (of the same size).</summary>
    public int CountCommon(PatientSet other)
    {
        var count = 0;
        for (var i = 0; i < _words.Length; i++) count += BitOperations.PopCount(_words[i] & other._words[i]);
        return count;
    }

    /// <summary>A member drawn uniformly at random (one draw of <paramref name="random"/>); the set must not be empty.</summary>
    public int RandomMember(Random random)
    {
        var k = random.Next(Count());
        for (var p = 0; ; p++)
            if (Contains(p) && k-- == 0) return p;
    }
}
