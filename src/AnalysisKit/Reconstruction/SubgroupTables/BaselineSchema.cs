using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The baseline columns of a subgroup-table reconstruction and how they tie Table 1 to the
/// subgroup tables. Solver variables are Table 1's row groups (plus subgroup-table groups that
/// Table 1 lacks); columns the subgroup tables print differently are derived from them:
/// <list type="bullet">
/// <item><c>Pathology</c> (Missing / Poor / Good/moderate) groups <c>Pathology (Table 1)</c>;</item>
/// <item><c>ECOG</c> (0 / 1) re-labels <c>ECOG (Table 1)</c> (0 / I);</item>
/// <item><c>Prior treatment</c> re-labels <c>Prior treatment (Table 1)</c>;</item>
/// <item><c>Tumor nodularity</c> is Uninodular exactly when <c>Number of nodules</c> is 1;</item>
/// <item><c>Tumor morphology</c> is Massive/extension ≥50% when <c>Tumor volume</c> is &gt;50%,
/// else Multinodular or Uninodular and ≤50% by nodularity.</item>
/// </list>
/// Subgroup-table group names are matched to columns ignoring case, spaces, hyphens and dashes
/// (Table 5 prints "Nonalcoholic fatty liver disease", Table 6 "Child-Pugh").
/// </summary>
public sealed class BaselineSchema
{
    private static readonly Dictionary<string, string> Table1Columns = new()
    {
        ["History of alcohol abuse"] = "Alcohol abuse",
        ["Child–Pugh grade"] = "Child–Pugh",
        ["ECOG"] = "ECOG (Table 1)",
        ["Pathology"] = "Pathology (Table 1)",
        ["Prior treatment"] = "Prior treatment (Table 1)",
    };

    private static readonly Dictionary<string, string> PathologyGroups = new()
    {
        ["No biopsy"] = "Missing",
        ["Not stated"] = "Missing",
        ["Poorly differentiated"] = "Poor",
        ["Moderately to poorly differentiated"] = "Poor",
        ["Clear cell"] = "Good/moderate",
        ["Moderately differentiated"] = "Good/moderate",
        ["Well differentiated"] = "Good/moderate",
        ["Well to moderately differentiated"] = "Good/moderate",
    };

    private static readonly string[] DerivedColumns = ["Pathology", "ECOG", "Prior treatment", "Tumor nodularity", "Tumor morphology"];

    private BaselineSchema(IReadOnlyList<string> columns, IReadOnlyList<BaselineVariable> variables)
    {
        Columns = columns;
        Variables = variables;
    }

    /// <summary>Every baseline column, in the order of the written file.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The solver's variables: columns whose levels are assigned directly, with the printed count of each level.</summary>
    public IReadOnlyList<BaselineVariable> Variables { get; }

    /// <summary>The column that holds a Table 1 row group.</summary>
    public static string Table1Column(string table1Group) => Table1Columns.GetValueOrDefault(table1Group, table1Group);

    /// <summary>The column of a subgroup-table row group, matched ignoring case, spaces, hyphens and dashes; null when there is none.</summary>
    public string? ColumnOf(string rowGroup)
    {
        var key = Normalise(rowGroup);
        return Columns.FirstOrDefault(c => Normalise(c) == key);
    }

    /// <summary>
    /// Builds the schema of a trial from its Table 1 (counts with a <c>pct</c> column) and its
    /// subgroup survival tables.
    /// </summary>
    /// <exception cref="ArgumentException">Table 1 is missing, or a variable's counts do not add up to the same number of patients.</exception>
    public static BaselineSchema Of(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var table1 = trial.CountTable("Table1").FirstOrDefault(t => t.Columns.Any(c => c.Name == "pct"))
            ?? throw new ArgumentException($"Trial {trial.Id} has no Table 1 of counts; the reconstruction needs one.", nameof(trial));
        var variables = new List<BaselineVariable>();
        foreach (var group in table1.Rows.GroupBy(r => r.RowGroup))
        {
            if (group.Key == "Tumor nodularity") continue;   // derived from Number of nodules
            var levels = group.Select(r => (r.RowLabel, (int)r.N!.Value!.Value)).ToList();
            variables.Add(new BaselineVariable(Table1Column(group.Key), levels));
        }
        var columns = variables.Select(v => v.Column).ToList();
        columns.AddRange(DerivedColumns);
        var schema = new BaselineSchema(columns, variables);

        // Subgroup-table groups that neither Table 1 nor a derivation provides become variables of their own.
        foreach (var table in trial.SurvivalTables)
        {
            foreach (var group in table.Rows.Where(r => r.RowGroup != ClaimId.AllRowGroup).GroupBy(r => r.RowGroup))
            {
                if (schema.ColumnOf(group.Key) is not null) continue;
                var levels = group.Select(r => (r.RowLabel, (int)r.N!.Value!.Value)).ToList();
                variables.Add(new BaselineVariable(group.Key, levels));
                columns.Add(group.Key);
            }
        }
        var patients = variables[0].Levels.Sum(l => l.Count);
        foreach (var v in variables.Where(v => v.Levels.Sum(l => l.Count) != patients))
            throw new ArgumentException(
                $"The levels of '{v.Column}' add up to {v.Levels.Sum(l => l.Count)} patients, not {patients}; Table 1 and the subgroup tables must describe the same patients.", nameof(trial));
        return schema;
    }

    /// <summary>Number of patients the variables describe.</summary>
    public int PatientCount => Variables[0].Levels.Sum(l => l.Count);

    /// <summary>Fills the derived columns of one patient from its variable columns.</summary>
    public static void Derive(IDictionary<string, string> patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        patient["Pathology"] = PathologyGroups[patient["Pathology (Table 1)"]];
        patient["ECOG"] = patient["ECOG (Table 1)"] == "I" ? "1" : patient["ECOG (Table 1)"];
        patient["Prior treatment"] = patient["Prior treatment (Table 1)"] == "Local therapy (chemoembolization)"
            ? "Local therapy (chemo/radioembolization)"
            : patient["Prior treatment (Table 1)"];
        patient["Tumor nodularity"] = patient["Number of nodules"] == "1" ? "Uninodular" : "Multinodular";
        patient["Tumor morphology"] = patient["Tumor volume"] == ">50%" ? "Massive/extension ≥50%"
            : patient["Tumor nodularity"] == "Uninodular" ? "Uninodular and ≤50%" : "Multinodular and ≤50%";
    }

    /// <summary>The columns whose values depend on a variable column (itself included).</summary>
    public static IReadOnlyList<string> Dependents(string column) => column switch
    {
        "Pathology (Table 1)" => [column, "Pathology"],
        "ECOG (Table 1)" => [column, "ECOG"],
        "Prior treatment (Table 1)" => [column, "Prior treatment"],
        "Number of nodules" => [column, "Tumor nodularity", "Tumor morphology"],
        "Tumor volume" => [column, "Tumor morphology"],
        _ => [column],
    };

    private static string Normalise(string name) =>
        new(name.ToLowerInvariant().Where(c => c is not (' ' or '-' or '–' or '—')).ToArray());
}

/// <summary>A baseline variable the solver assigns: its column and the printed count of each level.</summary>
/// <param name="Column">Column name in the written file.</param>
/// <param name="Levels">Printed level text and number of patients, in printed order.</param>
public sealed record BaselineVariable(string Column, IReadOnlyList<(string Label, int Count)> Levels);
