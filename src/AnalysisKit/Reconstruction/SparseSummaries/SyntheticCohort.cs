using System.Globalization;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// Synthetic patients: baseline columns (subgroup labels) and, per endpoint, a follow-up time in
/// months and whether it ended in the event. None of them is a real patient. Times are kept to
/// <see cref="TimeDecimals"/> decimals so that the file written is exactly the data the fidelity
/// table was computed on.
/// </summary>
public sealed class SyntheticCohort
{
    /// <summary>Decimals kept for every time (0.001 month is under two minutes).</summary>
    public const int TimeDecimals = 3;

    private readonly Dictionary<string, string[]> _baseline;
    private readonly Dictionary<string, double[]> _months;
    private readonly Dictionary<string, bool[]> _events;

    /// <summary>An empty cohort of <paramref name="count"/> patients (labels empty, times 0, no events).</summary>
    /// <param name="count">Number of patients.</param>
    /// <param name="baselineColumns">Names of the baseline columns, in file order.</param>
    /// <param name="endpoints">Endpoint names (file columns <c>&lt;name&gt;_months</c>, <c>&lt;name&gt;_event</c>), in file order.</param>
    public SyntheticCohort(int count, IReadOnlyList<string> baselineColumns, IReadOnlyList<string> endpoints)
    {
        if (count < 1) throw new ArgumentException($"A cohort needs at least one patient; {count} was given.", nameof(count));
        ArgumentNullException.ThrowIfNull(baselineColumns);
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0) throw new ArgumentException("A cohort needs at least one endpoint.", nameof(endpoints));
        Count = count;
        BaselineColumns = baselineColumns.ToArray();
        Endpoints = endpoints.ToArray();
        _baseline = BaselineColumns.ToDictionary(c => c, _ => Enumerable.Repeat("", count).ToArray(), StringComparer.Ordinal);
        _months = Endpoints.ToDictionary(e => e, _ => new double[count], StringComparer.Ordinal);
        _events = Endpoints.ToDictionary(e => e, _ => new bool[count], StringComparer.Ordinal);
    }

    /// <summary>Number of patients.</summary>
    public int Count { get; }

    /// <summary>Baseline column names, in file order.</summary>
    public IReadOnlyList<string> BaselineColumns { get; }

    /// <summary>Endpoint names, in file order.</summary>
    public IReadOnlyList<string> Endpoints { get; }

    /// <summary>The baseline label of patient <paramref name="patient"/> (0-based).</summary>
    public string Baseline(string column, int patient) => Column(_baseline, column)[patient];

    /// <summary>The follow-up time (months) of patient <paramref name="patient"/> (0-based) for an endpoint.</summary>
    public double Months(string endpoint, int patient) => Column(_months, endpoint)[patient];

    /// <summary>True when the endpoint's follow-up of patient <paramref name="patient"/> ended in the event.</summary>
    public bool Event(string endpoint, int patient) => Column(_events, endpoint)[patient];

    /// <summary>Sets a baseline label.</summary>
    public void SetBaseline(string column, int patient, string label) => Column(_baseline, column)[patient] = label;

    /// <summary>Sets an endpoint's outcome; the time is rounded to <see cref="TimeDecimals"/> decimals.</summary>
    /// <exception cref="ArgumentException">The time is negative or not finite.</exception>
    public void SetOutcome(string endpoint, int patient, double months, bool died)
    {
        if (!double.IsFinite(months) || months < 0)
            throw new ArgumentException($"Patient {patient + 1} would get a {endpoint} time of {months} months; times must be finite and 0 or more.", nameof(months));
        // Round through the printed text so that the file read back gives exactly these doubles.
        Column(_months, endpoint)[patient] = double.Parse(months.ToString(TimeFormat, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        Column(_events, endpoint)[patient] = died;
    }

    /// <summary>The indices (0-based) of the patients whose baseline <paramref name="column"/> equals <paramref name="level"/>; every patient when <paramref name="column"/> is null.</summary>
    public int[] Members(string? column, string? level) =>
        column is null
            ? Enumerable.Range(0, Count).ToArray()
            : Enumerable.Range(0, Count).Where(i => Baseline(column, i) == level).ToArray();

    /// <summary>A deep copy.</summary>
    public SyntheticCohort Copy()
    {
        var copy = new SyntheticCohort(Count, BaselineColumns, Endpoints);
        foreach (var c in BaselineColumns) _baseline[c].CopyTo(copy._baseline[c], 0);
        foreach (var e in Endpoints)
        {
            _months[e].CopyTo(copy._months[e], 0);
            _events[e].CopyTo(copy._events[e], 0);
        }
        return copy;
    }

    /// <summary>
    /// The patient file, written by <see cref="IpdCsv"/>: header <c>patient,synthetic,&lt;baseline...&gt;,&lt;endpoint&gt;_months,&lt;endpoint&gt;_event,...</c>,
    /// one row per patient (numbered from 1), <c>synthetic</c> always <c>true</c>, times with at
    /// most <see cref="TimeDecimals"/> decimals, events 0/1.
    /// </summary>
    public string ToCsv() => IpdCsv.Format(
        Enumerable.Range(0, Count).Select(i => new SyntheticPatient(i + 1,
            BaselineColumns.ToDictionary(c => c, c => Baseline(c, i), StringComparer.Ordinal),
            Endpoints.Select(e => new PatientOutcome(e, Months(e, i), Event(e, i))).ToList())).ToList(),
        BaselineColumns,
        TimeFormat);

    /// <summary>How times are written: at most <see cref="TimeDecimals"/> decimals.</summary>
    private const string TimeFormat = "0.###";

    private static T Column<T>(Dictionary<string, T> columns, string name) =>
        columns.TryGetValue(name, out var column)
            ? column
            : throw new ArgumentException($"The cohort has no column '{name}'; it has: {string.Join(", ", columns.Keys)}.", nameof(name));
}
