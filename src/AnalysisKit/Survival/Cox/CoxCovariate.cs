namespace AnalysisKit.Survival.Cox;

/// <summary>
/// One covariate of a Cox model: a numeric column (one term, named after the column) or a
/// categorical column, coded with treatment contrasts against its first level in
/// <see cref="Data.LevelOrder"/> order (one 0/1 term per other level, named <c>COL=LEVEL</c>,
/// as R's default <c>contr.treatment</c>).
/// </summary>
public abstract record CoxCovariate(string Name)
{
    /// <summary>A numeric covariate (hazard ratio per unit increase).</summary>
    public static CoxCovariate Numeric(string name, IReadOnlyList<double> values) => new NumericCovariate(name, values);

    /// <summary>A categorical covariate compared with its first level.</summary>
    public static CoxCovariate Categorical(string name, IReadOnlyList<string> labels) => new CategoricalCovariate(name, labels);

    /// <summary>Number of subjects the covariate has values for.</summary>
    public abstract int Count { get; }
}

/// <summary>A numeric covariate: one term named <see cref="CoxCovariate.Name"/>.</summary>
/// <param name="Name">Column name, used as the term name.</param>
/// <param name="Values">One finite value per subject.</param>
public sealed record NumericCovariate(string Name, IReadOnlyList<double> Values) : CoxCovariate(Name)
{
    /// <inheritdoc />
    public override int Count => Values.Count;
}

/// <summary>A categorical covariate: terms <c>Name=LEVEL</c> for every level but the first.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Labels">One non-empty label per subject.</param>
public sealed record CategoricalCovariate(string Name, IReadOnlyList<string> Labels) : CoxCovariate(Name)
{
    /// <inheritdoc />
    public override int Count => Labels.Count;
}
