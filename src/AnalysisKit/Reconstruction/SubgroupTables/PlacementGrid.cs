using System.Globalization;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The times (months, 2 decimals) an added patient may take on one end point, built from the
/// fixed patients' times T and the printed values v (median and its limits):
/// <list type="bullet">
/// <item>every time of T (a tie with a fixed patient);</item>
/// <item>for event times also the midpoint, rounded down to 0.01, of each gap between consecutive
/// times of {0} ∪ T (any time strictly inside a gap orders the patients the same way); for
/// censored times only the gap before the first time of T (censored before any event);</item>
/// <item>max T + 1 (after everyone);</item>
/// <item>for each printed v, the 2-decimal times that round to v at its printed decimals, one
/// per position among T (the one nearest v, the smaller on a tie);</item>
/// <item>the midpoint partners 2v − a of each time a of T with v − 2 ≤ a &lt; v (R reads a
/// median on a flat stretch of exactly 0.5 from a to the next drop as their midpoint).</item>
/// </list>
/// </summary>
/// <param name="EventTimes">Times an added event may take, ascending.</param>
/// <param name="CensorTimes">Times an added censoring may take, ascending.</param>
internal sealed record PlacementGrid(IReadOnlyList<double> EventTimes, IReadOnlyList<double> CensorTimes)
{
    /// <summary>Width of the search around a printed value whose midpoint partners are tried (months).</summary>
    public const double PartnerReach = 2;

    /// <summary>The grid for fixed times and the printed values (each with its printed decimals).</summary>
    public static PlacementGrid Of(IReadOnlyList<double> fixedTimes, IEnumerable<(double Value, int Decimals)> printed)
    {
        var t = fixedTimes.Distinct().Order().ToArray();
        if (t.Length == 0) throw new ArgumentException("The fixed patients hold no time to place the added patients around.", nameof(fixedTimes));
        var common = new SortedSet<double>(t) { Hundredths(t[^1] + 1) };
        var gaps = new SortedSet<double>();
        var previous = 0.0;
        foreach (var time in t)
        {
            var middle = Math.Floor((previous + time) / 2 * 100 + 1e-9) / 100;
            if (middle > previous && middle < time) gaps.Add(middle);
            previous = time;
        }
        foreach (var (value, decimals) in printed)
        {
            var half = 0.5 * Math.Pow(10, -decimals);
            var nearest = new Dictionary<int, double>();
            for (var x = Hundredths(value - half); x <= value + half + 1e-9; x = Hundredths(x + 0.01))
            {
                if (x <= 0 || Array.BinarySearch(t, x) >= 0) continue;
                var position = ~Array.BinarySearch(t, x);
                if (!nearest.TryGetValue(position, out var kept) || Math.Abs(x - value) < Math.Abs(kept - value) - 1e-9)
                    nearest[position] = x;
            }
            common.UnionWith(nearest.Values);
            foreach (var a in t.Where(a => a >= value - PartnerReach - 1e-9 && a < value))
                common.Add(Hundredths(2 * value - a));
        }
        var censor = new SortedSet<double>(common);
        if (gaps.Count > 0 && gaps.Min < t[0]) censor.Add(gaps.Min);
        common.UnionWith(gaps);
        return new PlacementGrid(common.ToArray(), censor.ToArray());
    }

    /// <summary>A short description of the grid's size.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{EventTimes.Count} event times, {CensorTimes.Count} censoring times");

    private static double Hundredths(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
