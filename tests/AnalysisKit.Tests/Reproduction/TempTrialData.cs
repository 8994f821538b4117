using System.Text.Json.Nodes;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// A small data folder (<c>data/trials/&lt;id&gt;/</c>) written to a temporary folder for one
/// test: a trial.json derived from kaseb2021's (same citation and design, the given file list)
/// and the given CSV files. Deleted on dispose.
/// </summary>
internal sealed class TempTrialData : IDisposable
{
    private readonly string _root;

    public TempTrialData(string id, IReadOnlyList<JsonObject> files, IReadOnlyDictionary<string, string> contents)
    {
        _root = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"));
        DataRoot = Path.Combine(_root, "data");
        Folder = Path.Combine(DataRoot, "trials", id);
        Directory.CreateDirectory(Folder);
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("data/trials/kaseb2021/trial.json")))!.AsObject();
        json["id"] = id;
        json["files"] = new JsonArray(files.Select(f => (JsonNode)f.DeepClone()).ToArray());
        File.WriteAllText(Path.Combine(Folder, "trial.json"), json.ToJsonString());
        foreach (var (name, text) in contents) File.WriteAllText(Path.Combine(Folder, name), text);
    }

    /// <summary>The data folder (holding trials/).</summary>
    public string DataRoot { get; }

    /// <summary>The trial's folder.</summary>
    public string Folder { get; }

    /// <summary>A statements file entry.</summary>
    public static JsonObject Statements() => Entry("statements.csv", "statements", null, null, null);

    /// <summary>A subgroup survival table entry.</summary>
    public static JsonObject SurvivalTable(string file, string table, string endpoint) => Entry(file, "subgroup_survival", table, endpoint, "months");

    /// <summary>A counts table entry with n and pct columns.</summary>
    public static JsonObject CountTable(string file, string table, int population)
    {
        var entry = Entry(file, "counts", table, null, null);
        entry["population"] = population;
        entry["columns"] = new JsonArray(
            new JsonObject { ["name"] = "n", ["kind"] = "count", ["quantity"] = "number of patients" },
            new JsonObject { ["name"] = "pct", ["kind"] = "percentage", ["quantity"] = "percentage of patients" });
        return entry;
    }

    private static JsonObject Entry(string file, string layout, string? table, string? endpoint, string? unit) => new()
    {
        ["file"] = file, ["layout"] = layout, ["table"] = table, ["title"] = file, ["endpoint"] = endpoint,
        ["time_unit"] = unit, ["population"] = null, ["seed_lines"] = "1-2", ["columns"] = null,
    };

    /// <summary>Header of a statements file.</summary>
    public const string StatementsHeader = "table,row_group,row_label,column,kind,quantity,printed,value,denominator,denominator_inferred,seed_line,note\n";

    /// <summary>Header of a subgroup survival file.</summary>
    public const string SurvivalHeader = "row_group,row_label,n,events,median,median_lower,median_upper,s12,s12_lower,s12_upper,s24,s24_lower,s24_upper,p,seed_line,note\n";

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
