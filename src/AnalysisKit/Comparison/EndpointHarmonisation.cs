using AnalysisKit.Data;
using AnalysisKit.Trials;

namespace AnalysisKit.Comparison;

/// <summary>
/// Lines the trials up side by side from their <c>trial.json</c> files and the printed
/// population figures of <c>data/comparison/population.csv</c>, so that every cross-trial
/// number can be read next to what makes the trials unequal.
/// </summary>
public static class EndpointHarmonisation
{
    /// <summary>File name of the population figures inside the data folder's <c>comparison</c> folder.</summary>
    public const string PopulationFile = "population.csv";

    /// <summary>One profile per trial of the catalogue, in catalogue order.</summary>
    public static IReadOnlyList<TrialProfile> Profiles(TrialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var trials = catalog.LoadAll();
        var figures = LoadFigures(catalog, trials);
        return trials.Select(t => Profile(t, figures.Where(f => f.Trial == t.Id).ToList())).ToList();
    }

    private static TrialProfile Profile(Trial trial, IReadOnlyList<PopulationFigure> figures)
    {
        var m = trial.Metadata;
        var design = string.Join(", ", new[]
        {
            $"phase {m.Design.Phase}",
            m.Design.Arms is { } arms ? $"{arms} arm{(arms == 1 ? "" : "s")}" : "arms not stated",
            m.Design.Centres ?? "centres not stated",
        });
        var sequence = string.Join(" → ", m.Treatment.OrderBy(s => s.Order).Select(s => $"{s.Therapy} ({s.Dose}; {s.Timing})"));
        var patients = $"enrolled {Count(m.Counts.Enrolled)}, treated {Count(m.Counts.Treated)}, evaluable {Count(m.Counts.Evaluable)}";
        return new TrialProfile(trial.Id, design, m.Population.Description, sequence, patients, m.Endpoints, figures);
    }

    private static string Count(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not stated";

    private static List<PopulationFigure> LoadFigures(TrialCatalog catalog, IReadOnlyList<Trial> trials)
    {
        var path = Path.Combine(catalog.DataRoot, "comparison", PopulationFile);
        var table = CsvTable.Read(path);
        var ids = CsvColumnReader.Labels(table, "trial");
        var characteristics = CsvColumnReader.Labels(table, "characteristic");
        var claims = CsvColumnReader.Labels(table, "claim");
        var noteColumn = table.ColumnIndex("note");
        var figures = new List<PopulationFigure>();
        for (var row = 0; row < table.RowCount; row++)
        {
            var trial = trials.FirstOrDefault(t => t.Id == ids[row])
                ?? throw new DataFileException(path, table.LineOf(row), "trial", $"'{ids[row]}' is not a trial of the kit; known: {string.Join(", ", catalog.Ids)}.");
            var value = trial.Find(claims[row])
                ?? throw new DataFileException(path, table.LineOf(row), "claim", $"'{claims[row]}' is not a printed number of {trial.Id}.");
            figures.Add(new PopulationFigure(trial.Id, characteristics[row], value.Text, value.Id, table.Cell(row, noteColumn)));
        }
        return figures;
    }
}
