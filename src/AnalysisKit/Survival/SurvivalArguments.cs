using System.Globalization;

namespace AnalysisKit.Survival;

/// <summary>Argument checks shared by the log-rank test and the Cox model, with messages a clinician can act on.</summary>
internal static class SurvivalArguments
{
    public static void CheckTimesAndEvents(IReadOnlyList<double> time, IReadOnlyList<bool> status)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(status);
        if (time.Count == 0)
            throw new ArgumentException("There are no subjects: follow-up times are empty.", nameof(time));
        CheckLength(time.Count, status.Count, "event statuses", nameof(status));
        for (var i = 0; i < time.Count; i++)
        {
            var t = time[i];
            if (double.IsNaN(t) || double.IsInfinity(t))
                throw new ArgumentException($"time[{i}] is not a finite number ({Format(t)}); every follow-up time must be known.", nameof(time));
            if (t < 0)
                throw new ArgumentException($"time[{i}] is negative ({Format(t)}); follow-up times must be 0 or more.", nameof(time));
        }
    }

    public static void CheckLength(int expected, int actual, string what, string parameter)
    {
        if (actual != expected)
            throw new ArgumentException(
                $"There are {expected} follow-up times but {actual} {what}; give one value per subject.", parameter);
    }

    /// <param name="labels">One label per subject.</param>
    /// <param name="count">Number of subjects (follow-up times).</param>
    /// <param name="name">What the labels are, for messages, e.g. "group".</param>
    /// <param name="parameter">Parameter name of the calling method.</param>
    public static void CheckLabels(IReadOnlyList<string> labels, int count, string name, string parameter)
    {
        ArgumentNullException.ThrowIfNull(labels, parameter);
        CheckLength(count, labels.Count, $"values of {name}", parameter);
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.IsNullOrEmpty(labels[i]))
                throw new ArgumentException($"{name}[{i}] is empty; every subject needs a value of {name}.", parameter);
        }
    }

    /// <summary>Maps each label to the 0-based index of its level in <see cref="Data.LevelOrder"/> order.</summary>
    public static int[] LevelIndex(IReadOnlyList<string> labels, IReadOnlyList<string> levels)
    {
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++) lookup[levels[i]] = i;
        var index = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++) index[i] = lookup[labels[i]];
        return index;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
