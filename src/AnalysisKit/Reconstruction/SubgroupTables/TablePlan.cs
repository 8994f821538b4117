namespace AnalysisKit.Reconstruction;

/// <summary>
/// A trial's <c>reconstruction-tables.json</c> (optional; schema: <c>data/README.md</c>,
/// "Subgroup-table reconstruction"): what the subgroup-table reconstruction needs to know about
/// this trial's tables beyond what they print. Every property may be left out.
/// </summary>
public sealed record TablePlan
{
    /// <summary>Table 1 row groups written under another column name (row group → column), for example so that a derived column can take the printed name.</summary>
    public IReadOnlyDictionary<string, string>? Table1Columns { get; init; }

    /// <summary>Columns computed from other columns of the same patient, in order (a rule may use a column derived before it).</summary>
    public IReadOnlyList<DerivedColumn>? DerivedColumns { get; init; }

    /// <summary>The grid of candidate times; null: from the printed times and landmarks (see <see cref="TimeGrid.Default"/>).</summary>
    public TimeGridSettings? TimeGrid { get; init; }

    /// <summary>Endpoints whose whole-cohort order of events before the first landmark is held to one that lets the large subgroups reproduce their rates (see the reconstruction's documentation); null: none.</summary>
    public IReadOnlyList<string>? OrderedEndpoints { get; init; }

    /// <summary>Seed of the first chain; null: 20210.</summary>
    public int? Seed { get; init; }

    /// <summary>The stages of the search and their moves; null: <see cref="AnnealingSchedule.Default"/>.</summary>
    public AnnealingSchedule? Schedule { get; init; }

    /// <summary>Enrolled patients outside the tables' population whose whole-cohort numbers the paper prints; null: none.</summary>
    public AddedPatientsSettings? AddedPatients { get; init; }
}

/// <summary>A derived baseline column: the first rule that matches a patient gives the value.</summary>
/// <param name="Column">Column name.</param>
/// <param name="Rules">Rules in order; the last should match every patient.</param>
public sealed record DerivedColumn(string Column, IReadOnlyList<DerivationRule> Rules);

/// <summary>
/// One rule of a derived column: it matches a patient when every column named in
/// <see cref="When"/> holds one of the listed levels (no condition: every patient), and then gives
/// <see cref="Value"/> or, when that is null, the level of column <see cref="Copy"/>.
/// </summary>
public sealed record DerivationRule
{
    /// <summary>Conditions: column → levels that match; null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? When { get; init; }

    /// <summary>The level given; null when <see cref="Copy"/> is used.</summary>
    public string? Value { get; init; }

    /// <summary>The column whose level is copied; null when <see cref="Value"/> is used.</summary>
    public string? Copy { get; init; }
}

/// <summary>The grid of candidate times, in months: step, step·2, … up to the end.</summary>
/// <param name="StepMonths">Distance between grid times.</param>
/// <param name="EndMonths">The last grid time (no synthetic time is later except a printed one).</param>
public sealed record TimeGridSettings(double StepMonths, double EndMonths);

/// <summary>
/// Enrolled patients outside the tables' population (for example the 4 of 38 who received
/// sorafenib only), added so that all the enrolled together reproduce the whole-cohort numbers the
/// paper prints about them (statements whose row group names that population).
/// </summary>
/// <param name="Population">Patients enrolled: the tables' patients plus those added.</param>
/// <param name="Group">Name of the added group, used for the file <c>ipd_&lt;group&gt;.csv</c> (lower case, digits, underscores).</param>
/// <param name="Description">Who they are, in plain words.</param>
public sealed record AddedPatientsSettings(int Population, string Group, string Description);
