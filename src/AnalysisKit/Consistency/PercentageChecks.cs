using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Checks of printed percentages: against their own count and denominator, against the
/// denominator alone when no count is printed, the denominators a group of percentages allows,
/// and the same fraction printed as two different percentages. An approximate percentage
/// ("about 20%") is checked against its count and denominator within the range its wording
/// covers (<see cref="PrintedAgreement"/>), and takes no part in inferring a denominator.
/// </summary>
public static class PercentageChecks
{
    /// <summary>Largest denominator tried when inferring one.</summary>
    public const int LargestDenominator = 1000;

    /// <summary>Every percentage finding of a trial, in claim order.</summary>
    public static IEnumerable<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var percentages = trial.PublishedValues.Where(v => v.Kind == ValueKind.Percentage && v.Value is not null && v.Qualifier().Length == 0).ToList();
        var bases = percentages.ToDictionary(p => p.Id, p => PercentageBasis.Of(trial, p), StringComparer.Ordinal);
        foreach (var pct in percentages)
        {
            if (OwnArithmetic(trial, pct, bases[pct.Id]) is { } finding) yield return finding;
        }
        foreach (var finding in ImpliedDenominatorFindings(trial, percentages, bases)) yield return finding;
        foreach (var finding in SameFractionFindings(trial, percentages, bases)) yield return finding;
    }

    /// <summary>
    /// The denominators that every printed count-and-percentage pair of a row group of running
    /// text allows (for one abstract's best overall response: 2 = 7%, 5 = 18%, 15 = 54% allow only
    /// 28). Empty when the group prints no percentage with a count, or when no denominator fits all.
    /// </summary>
    public static IReadOnlyList<int> ImpliedDenominators(Trial trial, string table, string rowGroup)
    {
        ArgumentNullException.ThrowIfNull(trial);
        IEnumerable<int>? common = null;
        foreach (var pct in trial.PublishedValues.Where(v => v.Table == table && v.RowGroup == rowGroup && v.Kind == ValueKind.Percentage && v.Value is not null && v.Qualifier().Length == 0))
        {
            if (pct.Printed.IsApproximate || PercentageBasis.Of(trial, pct).Count is not { } count) continue;
            var allowed = PercentageArithmetic.Denominators(count, pct.Value!.Value, pct.Decimals!.Value, LargestDenominator);
            common = common is null ? allowed : common.Intersect(allowed);
        }
        return common?.Order().ToList() ?? [];
    }

    /// <summary>"28", "27 to 30", "27, 29 or 31", "none" — denominators in words.</summary>
    public static string DenominatorsInWords(IReadOnlyList<int> denominators)
    {
        ArgumentNullException.ThrowIfNull(denominators);
        if (denominators.Count == 0) return "none";
        if (denominators.Count == 1) return denominators[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (denominators[^1] - denominators[0] == denominators.Count - 1) return $"{denominators[0]} to {denominators[^1]}";
        if (denominators.Count > 6) return $"{denominators.Count} values from {denominators[0]} to {denominators[^1]}";
        return string.Join(", ", denominators.Take(denominators.Count - 1)) + " or " + denominators[^1];
    }

    private static ConsistencyFinding? OwnArithmetic(Trial trial, PublishedValue pct, PercentageBasis basis)
    {
        var printed = pct.Value!.Value;
        var decimals = pct.Decimals!.Value;
        if (basis.Count is { } count && basis.Denominator is { } denominator)
        {
            var places = basis.CountPlaces.Select(FindingPlace.Of).Append(FindingPlace.Of(pct)).ToList();
            if (count > denominator)
                return new ConsistencyFinding(trial.Id, ConsistencyCheck.PercentageOfCount, places, [pct.Id],
                    $"{pct.Quantity}: the count {count} is larger than the denominator {denominator}{Inferred(basis)}.");
            var exact = PercentageArithmetic.Percent(count, denominator);
            if (PrintedAgreement.Agrees(exact, pct.Printed)) return null;
            if (pct.Printed.IsApproximate)
                return new ConsistencyFinding(trial.Id, ConsistencyCheck.PercentageOfCount, places, [],
                    $"{pct.Quantity}: {count} of {denominator}{Inferred(basis)} is {PrintedText.Fixed(exact, decimals + 2)}%, "
                    + $"outside the {PrintedAgreement.RangeInWords(pct.Printed)} that '{pct.Text}' covers.");
            return new ConsistencyFinding(trial.Id, ConsistencyCheck.PercentageOfCount, places, [],
                $"{pct.Quantity}: {count} of {denominator}{Inferred(basis)} is {PrintedText.Fixed(exact, decimals + 2)}%, "
                + $"which prints as {PrintedText.Fixed(exact, decimals)}% at {PrintedText.DecimalsInWords(decimals)}, not {pct.Text}.");
        }
        if (basis.Count is null && basis.Denominator is { } only)
        {
            if (Enumerable.Range(0, only + 1).Any(k => PrintedAgreement.Agrees(PercentageArithmetic.Percent(k, only), pct.Printed)))
                return null;
            if (pct.Printed.IsApproximate)
                return new ConsistencyFinding(trial.Id, ConsistencyCheck.PercentageOfDenominator, [FindingPlace.Of(pct)], [],
                    $"{pct.Quantity}: no whole number of patients out of {only}{Inferred(basis)} gives a percentage within the "
                    + $"{PrintedAgreement.RangeInWords(pct.Printed)} that '{pct.Text}' covers.");
            return new ConsistencyFinding(trial.Id, ConsistencyCheck.PercentageOfDenominator, [FindingPlace.Of(pct)], [],
                $"{pct.Quantity}: no whole number of patients out of {only}{Inferred(basis)} gives {pct.Text} "
                + $"(the nearest are {Nearest(only, printed, decimals)}).");
        }
        return null;
    }

    private static IEnumerable<ConsistencyFinding> ImpliedDenominatorFindings(Trial trial, IReadOnlyList<PublishedValue> percentages, IReadOnlyDictionary<string, PercentageBasis> bases)
    {
        var groups = percentages
            .Where(p => !ClaimId.IsTableName(p.Table) && !p.Printed.IsApproximate && p.DenominatorInferred && p.Denominator is not null && bases[p.Id].Count is not null)
            .GroupBy(p => (p.Table, p.RowGroup));
        foreach (var group in groups)
        {
            var allowed = ImpliedDenominators(trial, group.Key.Table, group.Key.RowGroup);
            var stated = group.Select(p => p.Denominator!.Value).Distinct().Order().ToList();
            var outside = stated.Where(d => !allowed.Contains(d)).ToList();
            if (outside.Count == 0) continue;
            var places = group.SelectMany(p => bases[p.Id].CountPlaces.Append(p)).Distinct().Select(FindingPlace.Of).ToList();
            var pairs = string.Join(", ", group.Select(p => $"{bases[p.Id].Count} = {p.Text}"));
            yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.ImpliedDenominator, places, [],
                $"{group.Key.Table} '{group.Key.RowGroup}': the printed pairs {pairs} allow a denominator of "
                + $"{DenominatorsInWords(allowed)}, not the inferred {string.Join(" or ", outside)}.");
        }
    }

    private static IEnumerable<ConsistencyFinding> SameFractionFindings(Trial trial, IReadOnlyList<PublishedValue> percentages, IReadOnlyDictionary<string, PercentageBasis> bases)
    {
        var groups = percentages
            .Where(p => bases[p.Id].Count is not null && bases[p.Id].Denominator is not null)
            .GroupBy(p => (Count: bases[p.Id].Count!.Value, Denominator: bases[p.Id].Denominator!.Value))
            .OrderBy(g => g.Key.Denominator).ThenBy(g => g.Key.Count);
        foreach (var group in groups)
        {
            var members = group.ToList();
            var disagree = members.Any(a => members.Any(b => !PrintedAgree(a.Printed, b.Printed)));
            if (!disagree) continue;
            var (count, denominator) = group.Key;
            var exact = PercentageArithmetic.Percent(count, denominator);
            var wrong = members.Where(p => !PrintedAgreement.Agrees(exact, p.Printed)).Select(p => p.Id).ToList();
            var variants = members.GroupBy(p => (p.Value, p.Decimals))
                .Select(v => $"{v.First().Text} ({string.Join(", ", v.Select(p => $"{p.Source} line {p.SeedLine}"))})");
            yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SameFractionPrintedDifferently,
                members.Select(FindingPlace.Of).ToList(), wrong,
                $"{count} of {denominator} is printed as {string.Join(" and as ", variants)}; "
                + $"{count}/{denominator} = {PrintedText.Fixed(exact, 2)}%"
                + (wrong.Count > 0 ? $", so {string.Join(" and ", members.Where(p => wrong.Contains(p.Id)).Select(p => p.Text).Distinct())} is wrong at the printed rounding." : "; each is a correct rounding."));
        }
    }

    /// <summary>
    /// True when two printed numbers can state the same value: the finer one rounds to the coarser
    /// one; when one is approximate, the ranges they cover (<see cref="PrintedAgreement.Range"/>) overlap.
    /// </summary>
    internal static bool PrintedAgree(PrintedNumber a, PrintedNumber b)
    {
        if (a.Value is not { } x || b.Value is not { } y) return a.Value is null && b.Value is null;
        if (a.Qualifier != b.Qualifier) return false;
        if (a.IsApproximate || b.IsApproximate)
        {
            var (lowA, highA) = PrintedAgreement.Range(a);
            var (lowB, highB) = PrintedAgreement.Range(b);
            var slack = 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
            return lowA <= highB + slack && lowB <= highA + slack;
        }
        var (fine, coarse, decimals) = a.Decimals >= b.Decimals ? (x, y, b.Decimals!.Value) : (y, x, a.Decimals!.Value);
        return PrintedRounding.Agrees(fine, coarse, decimals);
    }

    private static string Inferred(PercentageBasis basis) => basis.DenominatorInferred ? " (inferred denominator)" : "";

    private static string Nearest(int denominator, double printed, int decimals)
    {
        var below = (int)Math.Floor(printed * denominator / 100);
        var above = Math.Min(below + 1, denominator);
        return string.Join(" and ", new[] { below, above }.Distinct()
            .Select(k => $"{k}/{denominator} = {PrintedText.Fixed(PercentageArithmetic.Percent(k, denominator), decimals + 1)}%"));
    }
}

/// <summary>Small readings of a published value used by the checks.</summary>
internal static class PublishedValueReading
{
    /// <summary>The comparison printed before the number ("&lt;"), or empty.</summary>
    public static string Qualifier(this PublishedValue value) => value.Printed.Qualifier;
}
