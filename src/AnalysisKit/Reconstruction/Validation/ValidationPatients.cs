using System.Globalization;
using AnalysisKit.Data;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Patients to score a reconstruction with: the true patients of a validation cohort or the
/// synthetic patients rebuilt from its tables. Each patient has one printed level per baseline
/// variable (<c>Sex</c> = <c>Female</c>) and a time and event flag per endpoint.
/// </summary>
public sealed class ValidationPatients
{
    private const string MonthsSuffix = "_months";
    private const string EventSuffix = "_event";
    private static readonly string[] IgnoredColumns = ["patient", "synthetic"];

    private readonly Dictionary<string, IReadOnlyList<string>> _baseline;
    private readonly Dictionary<string, EndpointColumn> _endpoints;

    /// <summary>Builds a set of patients from its columns.</summary>
    /// <param name="baseline">Baseline variables in order: name and the level of each patient.</param>
    /// <param name="endpoints">Endpoints in order, each with a time (0 or more) and event flag per patient.</param>
    /// <exception cref="ArgumentException">No patients or no endpoint, columns of different lengths, a name used twice, a missing level, or a time that is negative or not a number.</exception>
    public ValidationPatients(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> baseline, IReadOnlyList<EndpointColumn> endpoints)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0)
            throw new ArgumentException("No endpoint was given; the patients need at least one time-to-event endpoint.", nameof(endpoints));
        Count = endpoints[0].Months.Count;
        if (Count == 0)
            throw new ArgumentException("There are no patients.", nameof(endpoints));
        _endpoints = new Dictionary<string, EndpointColumn>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            ArgumentNullException.ThrowIfNull(endpoint, nameof(endpoints));
            if (string.IsNullOrWhiteSpace(endpoint.Name) || !_endpoints.TryAdd(endpoint.Name, endpoint))
                throw new ArgumentException($"The endpoint name '{endpoint.Name}' is empty or used twice; give each endpoint its own name.", nameof(endpoints));
            if (endpoint.Months.Count != Count || endpoint.Events.Count != Count)
                throw new ArgumentException(
                    $"The endpoint '{endpoint.Name}' has {endpoint.Months.Count} times and {endpoint.Events.Count} event flags for {Count} patients; give one of each per patient.", nameof(endpoints));
            for (var i = 0; i < Count; i++)
            {
                if (!(endpoint.Months[i] >= 0) || double.IsPositiveInfinity(endpoint.Months[i]))
                    throw new ArgumentException($"Patient {i + 1} has the {endpoint.Name} time {endpoint.Months[i].ToString(CultureInfo.InvariantCulture)}; a follow-up time must be a number of months, 0 or more.", nameof(endpoints));
            }
        }
        _baseline = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, levels) in baseline)
        {
            if (string.IsNullOrWhiteSpace(name) || !_baseline.TryAdd(name, levels))
                throw new ArgumentException($"The baseline variable name '{name}' is empty or used twice; give each variable its own name.", nameof(baseline));
            if (levels.Count != Count)
                throw new ArgumentException($"The baseline variable '{name}' has {levels.Count} values for {Count} patients; give one per patient.", nameof(baseline));
            for (var i = 0; i < Count; i++)
            {
                if (string.IsNullOrEmpty(levels[i]))
                    throw new ArgumentException($"Patient {i + 1} has no level of '{name}'; every patient needs one (write a level such as Missing).", nameof(baseline));
            }
        }
        BaselineVariables = baseline.Select(b => b.Key).ToList();
        Endpoints = endpoints.Select(e => e.Name).ToList();
    }

    /// <summary>Number of patients.</summary>
    public int Count { get; }

    /// <summary>Names of the baseline variables, in order.</summary>
    public IReadOnlyList<string> BaselineVariables { get; }

    /// <summary>Names of the endpoints, in order.</summary>
    public IReadOnlyList<string> Endpoints { get; }

    /// <summary>The level of each patient for one baseline variable.</summary>
    /// <exception cref="ArgumentException">The patients have no such variable.</exception>
    public IReadOnlyList<string> Baseline(string variable) =>
        _baseline.GetValueOrDefault(variable)
        ?? throw new ArgumentException($"There is no baseline variable '{variable}'; the patients have: {string.Join(", ", BaselineVariables)}.", nameof(variable));

    /// <summary>The times and event flags of one endpoint.</summary>
    /// <exception cref="ArgumentException">The patients have no such endpoint.</exception>
    public EndpointColumn Endpoint(string name) =>
        _endpoints.GetValueOrDefault(name)
        ?? throw new ArgumentException($"There is no endpoint '{name}'; the patients have: {string.Join(", ", Endpoints)}.", nameof(name));

    /// <summary>
    /// Reads a patient file: a validation cohort's <c>patients.csv</c> or a reconstruction's
    /// <c>ipd.csv</c>. Each pair of columns <c>&lt;name&gt;_months</c>, <c>&lt;name&gt;_event</c>
    /// (0 or 1) is an endpoint; <c>patient</c> and <c>synthetic</c> are skipped; every other
    /// column is a baseline variable, its cells the printed levels.
    /// </summary>
    /// <exception cref="DataFileException">A time or event cell is not valid, an endpoint lacks one of its two columns, or a level is empty.</exception>
    public static ValidationPatients Read(string path)
    {
        var table = CsvTable.Read(path);
        var endpoints = new List<EndpointColumn>();
        var baseline = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var column in table.Header)
        {
            if (IgnoredColumns.Contains(column, StringComparer.Ordinal)) continue;
            if (column.EndsWith(MonthsSuffix, StringComparison.Ordinal))
            {
                var name = column[..^MonthsSuffix.Length];
                if (!table.HasColumn(name + EventSuffix))
                    throw new DataFileException(table.File, 1, column, $"the endpoint '{name}' has no column '{name}{EventSuffix}'.");
                var months = new double[table.RowCount];
                var events = new bool[table.RowCount];
                for (var row = 0; row < table.RowCount; row++)
                {
                    months[row] = SyntheticPatientCells.ReadTime(table, row, column);
                    events[row] = SyntheticPatientCells.ReadEvent(table, row, name + EventSuffix);
                }
                endpoints.Add(new EndpointColumn(name, months, events));
            }
            else if (column.EndsWith(EventSuffix, StringComparison.Ordinal))
            {
                if (!table.HasColumn(column[..^EventSuffix.Length] + MonthsSuffix))
                    throw new DataFileException(table.File, 1, column, $"the endpoint '{column[..^EventSuffix.Length]}' has no column '{column[..^EventSuffix.Length]}{MonthsSuffix}'.");
            }
            else
            {
                var index = table.ColumnIndex(column);
                var levels = new string[table.RowCount];
                for (var row = 0; row < table.RowCount; row++)
                {
                    levels[row] = table.Cell(row, index);
                    if (levels[row].Length == 0)
                        throw new DataFileException(table.File, table.LineOf(row), column, "the level is missing; every patient needs one (write a level such as Missing).");
                }
                baseline.Add(new(column, levels));
            }
        }
        if (endpoints.Count == 0)
            throw new DataFileException(table.File, 1, null, "there is no endpoint; a patient file needs columns <name>_months and <name>_event.");
        if (table.RowCount == 0)
            throw new DataFileException(table.File, 1, null, "the file holds no patients.");
        return new ValidationPatients(baseline, endpoints);
    }
}
