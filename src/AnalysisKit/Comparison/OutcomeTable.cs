using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Trials;

namespace AnalysisKit.Comparison;

/// <summary>
/// The binary outcomes the kit pools across trials (<c>data/comparison/outcomes.csv</c>).
/// Loading checks every row against the trials' printed numbers: the claims it names must
/// exist and must give exactly the event count the row states, so a pooled figure always
/// traces back to lines of the papers.
/// </summary>
public sealed class OutcomeTable
{
    /// <summary>File name of the table inside the data folder's <c>comparison</c> folder.</summary>
    public const string FileName = "outcomes.csv";

    private OutcomeTable(IReadOnlyList<OutcomeCount> rows) => Rows = rows;

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<OutcomeCount> Rows { get; }

    /// <summary>The outcome names in file order.</summary>
    public IReadOnlyList<string> Outcomes => Rows.Select(r => r.Outcome).Distinct().ToList();

    /// <summary>The rows of one outcome.</summary>
    public IReadOnlyList<OutcomeCount> Of(string outcome) => Rows.Where(r => r.Outcome == outcome).ToList();

    /// <summary>Loads <c>comparison/outcomes.csv</c> under <paramref name="catalog"/>'s data folder and checks it against the trials.</summary>
    public static OutcomeTable Load(TrialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var path = Path.Combine(catalog.DataRoot, "comparison", FileName);
        var table = CsvTable.Read(path);
        var trials = new Dictionary<string, Trial>(StringComparer.Ordinal);
        var events = CsvColumnReader.Counts(table, "events");
        var patients = CsvColumnReader.Counts(table, "n");
        var outcomes = CsvColumnReader.Labels(table, "outcome");
        var trialIds = CsvColumnReader.Labels(table, "trial");
        var derivations = CsvColumnReader.Labels(table, "derivation");
        var claims = CsvColumnReader.Labels(table, "claims");
        var rows = new List<OutcomeCount>();
        for (var row = 0; row < table.RowCount; row++)
        {
            var line = table.LineOf(row);
            if (!catalog.Ids.Contains(trialIds[row]))
                throw new DataFileException(path, line, "trial", $"'{trialIds[row]}' is not a trial of the kit; known: {string.Join(", ", catalog.Ids)}.");
            if (events[row] > patients[row])
                throw new DataFileException(path, line, "events", $"{events[row]} events is more than the {patients[row]} patients of the row.");
            var trial = trials.TryGetValue(trialIds[row], out var loaded) ? loaded : trials[trialIds[row]] = catalog.Load(trialIds[row]);
            var derivation = ParseDerivation(path, line, derivations[row]);
            var ids = claims[row].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var values = ids.Select(id => trial.Find(id)?.Value
                ?? throw new DataFileException(path, line, "claims", $"'{id}' is not a printed number of {trial.Id}.")).ToList();
            var derived = Derive(derivation, values, patients[row], trial, ids);
            if (derived != events[row])
                throw new DataFileException(path, line, "events",
                    $"the claims give {(derived is null ? "no single count" : derived.ToString())}, not the {events[row]} events the row states.");
            rows.Add(new OutcomeCount(outcomes[row], trial.Id, events[row], patients[row], derivation, ids,
                Text(table, row, "n_source"), Text(table, row, "criteria"), Text(table, row, "assessment"), Text(table, row, "note")));
        }
        return new OutcomeTable(rows);
    }

    private static int? Derive(OutcomeDerivation derivation, IReadOnlyList<double> values, int patients, Trial trial, string[] ids) =>
        derivation switch
        {
            OutcomeDerivation.Count when values.Count == 1 => (int)values[0],
            OutcomeDerivation.SumOfCounts => (int)values.Sum(),
            OutcomeDerivation.FromPercentage when values.Count == 1 => FromPercentage(trial.Find(ids[0])!, patients),
            _ => null,
        };

    private static int? FromPercentage(PublishedValue percentage, int patients)
    {
        var fits = Enumerable.Range(0, patients + 1)
            .Where(k => PrintedAgreement.Agrees(PercentageArithmetic.Percent(k, patients), percentage.Printed))
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static OutcomeDerivation ParseDerivation(string path, int line, string text) => text switch
    {
        "count" => OutcomeDerivation.Count,
        "sum_of_counts" => OutcomeDerivation.SumOfCounts,
        "from_percentage" => OutcomeDerivation.FromPercentage,
        _ => throw new DataFileException(path, line, "derivation", $"'{text}' is not a derivation; use count, sum_of_counts or from_percentage."),
    };

    private static string Text(CsvTable table, int row, string column) => table.Cell(row, table.ColumnIndex(column));
}
