using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The baseline columns of a subgroup-table reconstruction and how they tie Table 1 to the
/// subgroup tables. The search assigns the variables: Table 1's row groups (under the column names
/// the trial's <see cref="TablePlan.Table1Columns"/> give them) and the subgroup-table groups that
/// Table 1 lacks. The plan's <see cref="TablePlan.DerivedColumns"/> are computed from them for
/// each patient (a Table 1 group that is a derived column is not a variable: its counts are
/// checked, not assigned). Subgroup-table group names are matched to columns ignoring case,
/// spaces, hyphens and dashes ("Child-Pugh" is the column "Child–Pugh").
/// </summary>
public sealed class BaselineSchema
{
    private readonly IReadOnlyDictionary<string, string> _table1Columns;
    private readonly IReadOnlyList<DerivedColumn> _derived;
    private readonly Dictionary<string, IReadOnlyList<string>> _dependents = new(StringComparer.Ordinal);

    private BaselineSchema(IReadOnlyList<string> columns, IReadOnlyList<BaselineVariable> variables,
        IReadOnlyDictionary<string, string> table1Columns, IReadOnlyList<DerivedColumn> derived)
    {
        Columns = columns;
        Variables = variables;
        _table1Columns = table1Columns;
        _derived = derived;
        foreach (var variable in variables)
        {
            var dependents = new List<string> { variable.Column };
            foreach (var d in derived)
                if (d.Rules.Any(r => Uses(r, dependents))) dependents.Add(d.Column);
            _dependents[variable.Column] = dependents;
        }
    }

    /// <summary>Every baseline column, in the order of the written file: the variables, then the derived columns.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The solver's variables: columns whose levels are assigned directly, with the printed count of each level.</summary>
    public IReadOnlyList<BaselineVariable> Variables { get; }

    /// <summary>Whether any column is derived from others.</summary>
    public bool HasDerivedColumns => _derived.Count > 0;

    /// <summary>Number of patients the variables describe.</summary>
    public int PatientCount => Variables[0].Levels.Sum(l => l.Count);

    /// <summary>The column that holds a Table 1 row group.</summary>
    public string Table1Column(string table1Group) => _table1Columns.GetValueOrDefault(table1Group, table1Group);

    /// <summary>The column of a subgroup-table row group, matched ignoring case, spaces, hyphens and dashes; null when there is none.</summary>
    public string? ColumnOf(string rowGroup)
    {
        var key = Normalise(rowGroup);
        return Columns.FirstOrDefault(c => Normalise(c) == key);
    }

    /// <summary>
    /// Builds the schema of a trial from its Table 1 (counts with a <c>pct</c> column), its
    /// subgroup survival tables and its plan.
    /// </summary>
    /// <exception cref="ArgumentException">Table 1 is missing, a variable's counts do not add up to the same number of patients, or a derivation names a column that does not exist.</exception>
    public static BaselineSchema Of(Trial trial, TablePlan plan)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(plan);
        var table1 = trial.CountTable("Table1").FirstOrDefault(t => t.Columns.Any(c => c.Name == "pct"))
            ?? throw new ArgumentException($"Trial {trial.Id} has no Table 1 of counts; the reconstruction needs one.", nameof(trial));
        var table1Columns = plan.Table1Columns ?? new Dictionary<string, string>();
        var derived = plan.DerivedColumns ?? [];
        var derivedNames = derived.Select(d => d.Column).ToHashSet(StringComparer.Ordinal);
        var variables = new List<BaselineVariable>();
        foreach (var group in table1.Rows.GroupBy(r => r.RowGroup))
        {
            var column = table1Columns.GetValueOrDefault(group.Key, group.Key);
            if (derivedNames.Contains(column)) continue;
            variables.Add(new BaselineVariable(column, group.Select(r => (r.RowLabel, (int)r.N!.Value!.Value)).ToList()));
        }
        var columns = variables.Select(v => v.Column).Concat(derived.Select(d => d.Column)).ToList();
        // Subgroup-table groups that neither Table 1 nor a derivation provides become variables of their own.
        foreach (var table in trial.SurvivalTables)
        {
            foreach (var group in table.Rows.Where(r => r.RowGroup != ClaimId.AllRowGroup).GroupBy(r => r.RowGroup))
            {
                var key = Normalise(group.Key);
                if (columns.Any(c => Normalise(c) == key)) continue;
                variables.Add(new BaselineVariable(group.Key, group.Select(r => (r.RowLabel, (int)r.N!.Value!.Value)).ToList()));
                columns.Add(group.Key);
            }
        }
        if (variables.Count == 0)
            throw new ArgumentException($"Trial {trial.Id}: Table 1 and the subgroup tables give no baseline variable to assign.", nameof(trial));
        var known = new HashSet<string>(variables.Select(v => v.Column), StringComparer.Ordinal);
        foreach (var d in derived)
        {
            foreach (var name in d.Rules.SelectMany(r => (r.When?.Keys ?? Enumerable.Empty<string>()).Append(r.Copy)).OfType<string>())
                if (!known.Contains(name))
                    throw new ArgumentException($"Trial {trial.Id}: the derived column '{d.Column}' uses '{name}', which is neither a variable nor a column derived before it.", nameof(plan));
            known.Add(d.Column);
        }
        var patients = variables[0].Levels.Sum(l => l.Count);
        foreach (var v in variables.Where(v => v.Levels.Sum(l => l.Count) != patients))
            throw new ArgumentException(
                $"The levels of '{v.Column}' add up to {v.Levels.Sum(l => l.Count)} patients, not {patients}; Table 1 and the subgroup tables must describe the same patients.", nameof(trial));
        return new BaselineSchema(columns, variables, table1Columns, derived);
    }

    /// <summary>Fills the derived columns of one patient from its variable columns, in plan order.</summary>
    /// <exception cref="ArgumentException">No rule of a derived column matches the patient.</exception>
    public void Derive(IDictionary<string, string> patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        foreach (var d in _derived)
        {
            var rule = d.Rules.FirstOrDefault(r => r.When is null || r.When.All(w => w.Value.Contains(patient[w.Key], StringComparer.Ordinal)))
                ?? throw new ArgumentException($"No rule of the derived column '{d.Column}' matches a patient with {string.Join(", ", patient.Select(kv => $"{kv.Key} = {kv.Value}"))}.", nameof(patient));
            patient[d.Column] = rule.Value ?? patient[rule.Copy!];
        }
    }

    /// <summary>The columns whose values depend on a variable column (itself first).</summary>
    public IReadOnlyList<string> Dependents(string column) =>
        _dependents.TryGetValue(column, out var dependents) ? dependents : [column];

    private static bool Uses(DerivationRule rule, IReadOnlyList<string> columns) =>
        (rule.Copy is not null && columns.Contains(rule.Copy)) || (rule.When?.Keys.Any(columns.Contains) ?? false);

    private static string Normalise(string name) =>
        new(name.ToLowerInvariant().Where(c => c is not (' ' or '-' or '–' or '—')).ToArray());
}

/// <summary>A baseline variable the solver assigns: its column and the printed count of each level.</summary>
/// <param name="Column">Column name in the written file.</param>
/// <param name="Levels">Printed level text and number of patients, in printed order.</param>
public sealed record BaselineVariable(string Column, IReadOnlyList<(string Label, int Count)> Levels);
