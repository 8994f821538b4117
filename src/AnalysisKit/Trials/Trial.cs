using AnalysisKit.Data;

namespace AnalysisKit.Trials;

/// <summary>
/// One trial's published numbers, loaded and validated from its folder
/// <c>data/trials/&lt;id&gt;/</c>: the metadata of <c>trial.json</c>, the running-text
/// statements, the count tables and the subgroup survival tables, and every printed number as
/// a <see cref="PublishedValue"/> with a unique claim id.
/// </summary>
public sealed class Trial
{
    private readonly Dictionary<string, PublishedValue> _byId;

    private Trial(string folder, TrialMetadata metadata, PublishedStatements? statements,
        IReadOnlyList<CountTable> countTables, IReadOnlyList<SubgroupSurvivalTable> survivalTables,
        IReadOnlyList<PublishedValue> values, Dictionary<string, PublishedValue> byId)
    {
        Folder = folder;
        Metadata = metadata;
        Statements = statements;
        CountTables = countTables;
        SurvivalTables = survivalTables;
        PublishedValues = values;
        _byId = byId;
    }

    /// <summary>Trial identifier (the folder name).</summary>
    public string Id => Metadata.Id;

    /// <summary>The trial's folder.</summary>
    public string Folder { get; }

    /// <summary>Citation, design, population, treatment, counts, endpoints and file list.</summary>
    public TrialMetadata Metadata { get; }

    /// <summary>The numbers printed in the abstract and results text; null when the trial has no statements file.</summary>
    public PublishedStatements? Statements { get; }

    /// <summary>Count tables (a table printed in parts, such as Table 1, has one entry per file).</summary>
    public IReadOnlyList<CountTable> CountTables { get; }

    /// <summary>Subgroup survival tables.</summary>
    public IReadOnlyList<SubgroupSurvivalTable> SurvivalTables { get; }

    /// <summary>Every printed number of the trial, statements first, then the files in the order trial.json lists them.</summary>
    public IReadOnlyList<PublishedValue> PublishedValues { get; }

    /// <summary>The subgroup survival table with the given name (<c>Table4</c>); throws <see cref="ArgumentException"/> when absent.</summary>
    public SubgroupSurvivalTable SurvivalTable(string table) =>
        SurvivalTables.FirstOrDefault(t => t.Table == table)
        ?? throw new ArgumentException($"{Id} has no subgroup survival table '{table}'; it has: {string.Join(", ", SurvivalTables.Select(t => t.Table))}.");

    /// <summary>The count-table parts with the given name (<c>Table1</c>); empty when absent.</summary>
    public IReadOnlyList<CountTable> CountTable(string table) => CountTables.Where(t => t.Table == table).ToList();

    /// <summary>The printed number with a claim id, or null when the trial prints none under that id.</summary>
    public PublishedValue? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Loads a trial folder. Every file is checked against its schema; a bad value, a missing
    /// column or file, or two numbers with the same claim id raise <see cref="DataFileException"/>
    /// naming the file, line and column.
    /// </summary>
    public static Trial Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
            throw new DataFileException(folder, 0, null, "the trial folder does not exist.");
        var id = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var metadata = TrialJson.Read(Path.Combine(folder, TrialJson.FileName), id);
        PublishedStatements? statements = null;
        var counts = new List<CountTable>();
        var survival = new List<SubgroupSurvivalTable>();
        var values = new List<PublishedValue>();
        foreach (var entry in metadata.Files)
        {
            var path = Path.Combine(folder, entry.File);
            switch (entry.LayoutKind)
            {
                case TrialFileLayout.Statements:
                    if (statements is not null)
                        throw new DataFileException(Path.Combine(folder, TrialJson.FileName), 0, "$.files", "only one statements file may be listed.");
                    statements = PublishedStatements.Read(path);
                    values.AddRange(statements.PublishedValues(metadata.Id, metadata.SeedFile));
                    break;
                case TrialFileLayout.Counts:
                    var countTable = Trials.CountTable.Read(path, entry);
                    counts.Add(countTable);
                    values.AddRange(countTable.PublishedValues(metadata.Id, metadata.SeedFile));
                    break;
                case TrialFileLayout.SubgroupSurvival:
                    var survivalTable = SubgroupSurvivalTable.Read(path, entry);
                    survival.Add(survivalTable);
                    values.AddRange(survivalTable.PublishedValues(metadata.Id, metadata.SeedFile));
                    break;
            }
        }
        var byId = new Dictionary<string, PublishedValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!byId.TryAdd(value.Id, value))
            {
                var first = byId[value.Id];
                throw new DataFileException(value.File, value.FileLine, value.Column,
                    $"the claim id '{value.Id}' is already used by {Path.GetFileName(first.File)} line {first.FileLine}; every printed number needs its own row group, row label and column.");
            }
        }
        return new Trial(folder, metadata, statements, counts, survival, values, byId);
    }
}
