using AnalysisKit.Data;

namespace AnalysisKit.Survival;

/// <summary>
/// Kaplan–Meier (product-limit) estimation of survival, as R's
/// <c>survfit(Surv(time, status) ~ 1)</c> and <c>survfit(Surv(time, status) ~ group)</c>:
/// S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ), Greenwood variance, pointwise intervals
/// by <see cref="KaplanMeierOptions.ConfidenceType"/>. Times equal up to round-off are merged
/// first, as R's <c>timefix</c>.
/// </summary>
public static class KaplanMeier
{
    /// <summary>The group label of an ungrouped fit.</summary>
    public const string AllPatients = "all";

    /// <summary>Fits one curve to all patients.</summary>
    /// <param name="time">Follow-up time of each patient (finite, 0 or more).</param>
    /// <param name="died">True when the patient had the event at <paramref name="time"/>, false when censored then.</param>
    /// <param name="options">Interval type and level, quantile rule; R's defaults when null.</param>
    /// <exception cref="ArgumentException">The lists are empty, differ in length, or a time is negative or not finite.</exception>
    public static KaplanMeierCurve Fit(IReadOnlyList<double> time, IReadOnlyList<bool> died, KaplanMeierOptions? options = null)
    {
        options = Validate(time, died, options);
        return Fit(SurvivalSample.Of(time, died, mergeRoundOffTies: options.MergeRoundOffTies), options);
    }

    /// <summary>Fits one curve to all subjects of a prepared sample (its groups, if any, ignored).</summary>
    /// <param name="sample">The subjects, round-off ties merged as <see cref="KaplanMeierOptions.MergeRoundOffTies"/> says.</param>
    /// <param name="options">Interval type and level, quantile rule; R's defaults when null.</param>
    /// <exception cref="ArgumentException">The options are invalid or do not match how the sample was prepared.</exception>
    public static KaplanMeierCurve Fit(SurvivalSample sample, KaplanMeierOptions? options = null)
    {
        options = Validate(sample, options);
        return Curves(sample, null, options)[0];
    }

    /// <summary>
    /// Fits one curve per group, returned in R's factor-level order (<see cref="LevelOrder.Levels"/>).
    /// Round-off ties are merged over all patients together, as R does before splitting.
    /// </summary>
    /// <param name="time">Follow-up time of each patient (finite, 0 or more).</param>
    /// <param name="died">True when the patient had the event, false when censored.</param>
    /// <param name="group">Group label of each patient.</param>
    /// <param name="options">Interval type and level, quantile rule; R's defaults when null.</param>
    /// <exception cref="ArgumentException">The lists are empty or differ in length, a time is negative or not finite, or a label is missing.</exception>
    public static IReadOnlyList<KaplanMeierCurve> FitByGroup(
        IReadOnlyList<double> time, IReadOnlyList<bool> died, IReadOnlyList<string> group, KaplanMeierOptions? options = null)
    {
        options = Validate(time, died, options);
        ArgumentNullException.ThrowIfNull(group);
        if (group.Count != time.Count)
            throw new ArgumentException(
                $"There are {time.Count} follow-up times but {group.Count} group labels; each patient needs one of each.", nameof(group));
        for (var i = 0; i < group.Count; i++)
        {
            if (string.IsNullOrEmpty(group[i]))
                throw new ArgumentException($"group[{i}] is missing; every patient needs a group label.", nameof(group));
        }
        return FitByGroup(SurvivalSample.Of(time, died, LabelColumn.Of(group), mergeRoundOffTies: options.MergeRoundOffTies), options);
    }

    /// <summary>
    /// Fits one curve per group of a prepared sample, in the order of its group levels, walking
    /// the sample's one shared time order (<c>survfit(Surv(time, status) ~ group)</c>).
    /// </summary>
    /// <param name="sample">The subjects with their groups, round-off ties merged as <see cref="KaplanMeierOptions.MergeRoundOffTies"/> says.</param>
    /// <param name="options">Interval type and level, quantile rule; R's defaults when null.</param>
    /// <exception cref="ArgumentException">The sample has no groups, or the options are invalid or do not match how the sample was prepared.</exception>
    public static IReadOnlyList<KaplanMeierCurve> FitByGroup(SurvivalSample sample, KaplanMeierOptions? options = null)
    {
        options = Validate(sample, options);
        if (sample.Group is null)
            throw new ArgumentException("The sample has no groups; fit one curve with Fit instead.", nameof(sample));
        return Curves(sample, sample.Group, options);
    }

    /// <summary>
    /// R's default restriction time for the restricted mean of several curves
    /// (<c>rmean = "common"</c>): the largest observed time over all curves.
    /// </summary>
    /// <exception cref="ArgumentException">No curves are given.</exception>
    public static double CommonRestrictionTime(IEnumerable<KaplanMeierCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var list = curves.ToList();
        if (list.Count == 0)
            throw new ArgumentException("At least one curve is needed to choose a common restriction time.", nameof(curves));
        return list.Max(c => c.LastTime);
    }

    private static KaplanMeierOptions Validate(IReadOnlyList<double> time, IReadOnlyList<bool> died, KaplanMeierOptions? options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(died);
        options ??= KaplanMeierOptions.Default;
        if (time.Count == 0)
            throw new ArgumentException("There are no patients: a survival curve needs at least one follow-up time.", nameof(time));
        if (died.Count != time.Count)
            throw new ArgumentException(
                $"There are {time.Count} follow-up times but {died.Count} event indicators; each patient needs one of each.", nameof(died));
        for (var i = 0; i < time.Count; i++)
        {
            if (double.IsNaN(time[i]) || double.IsInfinity(time[i]))
                throw new ArgumentException($"time[{i}] is {time[i]}; follow-up times must be finite numbers.", nameof(time));
            if (time[i] < 0)
                throw new ArgumentException($"time[{i}] is negative ({time[i]}); follow-up times must be 0 or more.", nameof(time));
        }
        return ValidateOptions(options);
    }

    private static KaplanMeierOptions Validate(SurvivalSample sample, KaplanMeierOptions? options)
    {
        ArgumentNullException.ThrowIfNull(sample);
        options = ValidateOptions(options ?? KaplanMeierOptions.Default);
        if (options.MergeRoundOffTies != sample.RoundOffTiesMerged)
            throw new ArgumentException(
                $"The options {(options.MergeRoundOffTies ? "merge" : "keep")} round-off ties but the sample was prepared with mergeRoundOffTies = {sample.RoundOffTiesMerged}.", nameof(options));
        return options;
    }

    private static KaplanMeierOptions ValidateOptions(KaplanMeierOptions options)
    {
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
            throw new ArgumentException(
                $"The confidence level {options.ConfidenceLevel} must lie strictly between 0 and 1 (0.95 for 95% intervals).", nameof(options));
        if (!Enum.IsDefined(options.ConfidenceType))
            throw new ArgumentException($"Unknown confidence interval type {options.ConfidenceType}.", nameof(options));
        if (!Enum.IsDefined(options.QuantileRule))
            throw new ArgumentException($"Unknown quantile rule {options.QuantileRule}.", nameof(options));
        return options;
    }

    /// <summary>
    /// The curves of the groups (one curve "all" when <paramref name="group"/> is null): the
    /// sample's time order split by group in one pass, so each group's times arrive sorted.
    /// </summary>
    private static IReadOnlyList<KaplanMeierCurve> Curves(SurvivalSample sample, LabelColumn? group, KaplanMeierOptions options)
    {
        IReadOnlyList<string> levels = group?.Levels ?? [AllPatients];
        var size = new int[levels.Count];
        if (group is null) size[0] = sample.Count;
        else foreach (var l in group.LevelIndex) size[l]++;
        var groupTimes = size.Select(c => new double[c]).ToArray();
        var groupDied = size.Select(c => new bool[c]).ToArray();
        var filled = new int[levels.Count];
        foreach (var i in sample.OrderByTime)
        {
            var l = group is null ? 0 : group.LevelIndex[i];
            groupTimes[l][filled[l]] = sample.Time[i];
            groupDied[l][filled[l]] = sample.Died[i];
            filled[l]++;
        }
        return levels.Select((level, l) => FitSorted(level, groupTimes[l], groupDied[l], options)).ToList();
    }

    /// <summary>One curve from times sorted in increasing order; the order within a tied time does not matter, only the counts there.</summary>
    private static KaplanMeierCurve FitSorted(string group, double[] sortedTime, bool[] sortedDied, KaplanMeierOptions options)
    {
        var z = ConfidenceLimits.Z(options.ConfidenceLevel);
        var rows = new List<KaplanMeierRow>();
        var atRisk = sortedTime.Length;
        var survival = 1.0;
        var greenwood = 0.0;
        var k = 0;
        while (k < sortedTime.Length)
        {
            var t = sortedTime[k];
            var events = 0;
            var censored = 0;
            while (k < sortedTime.Length && sortedTime[k] == t)
            {
                if (sortedDied[k]) events++; else censored++;
                k++;
            }
            if (events > 0)
            {
                survival *= 1 - (double)events / atRisk;
                greenwood += (double)events / ((double)atRisk * (atRisk - events));   // +∞ when all at risk die
            }
            var sigma = Math.Sqrt(greenwood);
            var (lower, upper) = ConfidenceLimits.Of(survival, sigma, options.ConfidenceType, z);
            rows.Add(new KaplanMeierRow(t, atRisk, events, censored, survival, sigma * survival, sigma, lower, upper));
            atRisk -= events + censored;
        }
        return new KaplanMeierCurve(group, sortedTime.Length, rows, options);
    }
}
