using System.Globalization;
using AnalysisKit.Proportions;

namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// Effect sizes of single proportions, as metafor's
/// <c>escalc(measure = "PLO" | "PFT", xi = events, ni = n)</c> with its default
/// <c>add = 1/2, to = "only0"</c>; see <see cref="ProportionMeasure"/> for the formulas.
/// </summary>
public static class ProportionEffectSizes
{
    /// <summary>
    /// The yi and vi of every study, in input order, with each study's proportion and its exact
    /// Clopper–Pearson interval at <paramref name="level"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A study with impossible counts, an empty or repeated name, or no studies.</exception>
    public static IReadOnlyList<StudyEffect> Compute(IEnumerable<ProportionStudy> studies, ProportionMeasure measure, double level = 0.95)
    {
        var list = Validate(studies);
        if (!(level > 0 && level < 1))
            throw new ArgumentException($"The confidence level is {level.ToString(CultureInfo.InvariantCulture)}; it must lie strictly between 0 and 1 (for example 0.95).", nameof(level));
        var effects = new List<StudyEffect>(list.Count);
        foreach (var study in list)
        {
            var x = (int)study.Events;
            var n = (int)study.Patients;
            var (yi, vi) = measure switch
            {
                ProportionMeasure.Logit => Logit(x, n),
                ProportionMeasure.FreemanTukey => FreemanTukey(x, n),
                _ => throw new ArgumentException($"Unknown measure {measure}.", nameof(measure)),
            };
            var interval = BinomialConfidence.ClopperPearson(x, n, level);
            effects.Add(new StudyEffect(study.Study, x, n, yi, vi, interval.Proportion, interval.Lower, interval.Upper));
        }
        return effects;
    }

    // PLO with add = 1/2 to studies with 0 events or 0 non-events only.
    private static (double Yi, double Vi) Logit(int x, int n)
    {
        double events = x, nonEvents = n - x;
        if (x == 0 || x == n)
        {
            events += 0.5;
            nonEvents += 0.5;
        }
        var p = events / (events + nonEvents);
        return (Math.Log(p / (1 - p)), 1 / events + 1 / nonEvents);
    }

    private static (double Yi, double Vi) FreemanTukey(int x, int n) =>
        (ProportionTransforms.FreemanTukey(x, n), 1.0 / (4.0 * n + 2));

    /// <summary>Checks the counts and names of the studies; messages name the study.</summary>
    internal static IReadOnlyList<ProportionStudy> Validate(IEnumerable<ProportionStudy> studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var list = studies.ToList();
        if (list.Count == 0)
            throw new ArgumentException("There are no studies to analyse.", nameof(studies));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var study = list[i] ?? throw new ArgumentException($"Study number {i + 1} is missing.", nameof(studies));
            if (string.IsNullOrWhiteSpace(study.Study))
                throw new ArgumentException($"Study number {i + 1} has no name; every study needs a name.", nameof(studies));
            var name = study.Study;
            if (!seen.Add(name))
                throw new ArgumentException($"Study '{name}' appears twice; each study may be listed only once.", nameof(studies));
            CheckCount(name, "number of patients", study.Patients);
            CheckCount(name, "number of events", study.Events);
            if (study.Patients < 1)
                throw new ArgumentException($"Study '{name}' has no patients; each study needs at least one patient.", nameof(studies));
            if (study.Events > study.Patients)
                throw new ArgumentException(
                    $"Study '{name}' has more events ({Text(study.Events)}) than patients ({Text(study.Patients)}); events must not exceed the number of patients.",
                    nameof(studies));
        }
        return list;
    }

    private static void CheckCount(string study, string what, double value)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"Study '{study}': the {what} is not a finite number.", "studies");
        if (value < 0)
            throw new ArgumentException($"Study '{study}': the {what} is negative ({Text(value)}); counts must be 0 or more.", "studies");
        if (value != Math.Floor(value))
            throw new ArgumentException($"Study '{study}': the {what} is {Text(value)}, not a whole number; counts of patients must be whole numbers.", "studies");
        if (value > int.MaxValue)
            throw new ArgumentException($"Study '{study}': the {what} ({Text(value)}) is too large.", "studies");
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
