namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Administrative censoring: patients enter evenly over an accrual period and all are analysed
/// at one cut-off, so each patient's potential follow-up is the time from entry to the cut-off.
/// With n patients the potential follow-up times are placed at the quantiles of the uniform
/// distribution on [minimum, minimum + accrual]: cⱼ = minimum + accrual · (j − ½)/n, j = 1..n.
/// They are handed to patients in an order drawn from a fixed seed (<see cref="DeterministicShuffle"/>),
/// so that censoring is independent of the event times.
/// </summary>
/// <param name="MinimumFollowUp">Follow-up of the last patient entered (cut-off minus last entry), in months.</param>
/// <param name="AccrualMonths">Length of the accrual period, in months.</param>
public sealed record AdministrativeCensoring(double MinimumFollowUp, double AccrualMonths)
{
    /// <summary>The n potential follow-up times in increasing order.</summary>
    /// <exception cref="ArgumentException">n is below 1, or the minimum or the accrual is negative.</exception>
    public double[] PotentialFollowUp(int n)
    {
        if (n < 1) throw new ArgumentException($"At least one patient is needed; {n} was given.", nameof(n));
        if (!(MinimumFollowUp >= 0) || !(AccrualMonths >= 0))
            throw new ArgumentException($"The minimum follow-up ({MinimumFollowUp}) and the accrual period ({AccrualMonths}) must be 0 or more months.");
        return Enumerable.Range(1, n).Select(j => MinimumFollowUp + AccrualMonths * (j - 0.5) / n).ToArray();
    }

    /// <summary>The potential follow-up times handed to patients 0..n−1 in the order drawn from <paramref name="seed"/>.</summary>
    public double[] PotentialFollowUp(int n, ulong seed) => DeterministicShuffle.Apply(PotentialFollowUp(n), seed);

    /// <summary>The median potential follow-up (the midpoint of the range, for the evenly placed times): minimum + accrual/2.</summary>
    public double MedianPotentialFollowUp => MinimumFollowUp + AccrualMonths / 2;

    /// <summary>The accrual period that makes the median potential follow-up <paramref name="median"/> when the longest follow-up is <paramref name="longest"/>: 2·(longest − median).</summary>
    /// <exception cref="ArgumentException">The median is not between half the longest and the longest.</exception>
    public static AdministrativeCensoring FromLongestAndMedian(double longest, double median)
    {
        if (!(median <= longest && median >= longest / 2))
            throw new ArgumentException($"A median follow-up of {median} months cannot come from uniform entry with a longest follow-up of {longest} months.");
        var accrual = 2 * (longest - median);
        return new AdministrativeCensoring(longest - accrual, accrual);
    }
}

/// <summary>
/// A fixed-seed Fisher–Yates shuffle driven by SplitMix64 (Steele, Lea and Flood 2014), written
/// out here so that the order is the same on every runtime and machine.
/// </summary>
public static class DeterministicShuffle
{
    /// <summary>A shuffled copy of <paramref name="values"/>: for i from n−1 down to 1, swap i with j = next() mod (i + 1).</summary>
    public static T[] Apply<T>(IReadOnlyList<T> values, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = values.ToArray();
        var state = seed;
        for (var i = result.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (result[i], result[j]) = (result[j], result[i]);
        }
        return result;
    }

    /// <summary>SplitMix64: state += 0x9E3779B97F4A7C15, then two xor-shift-multiply rounds.</summary>
    private static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
