using AnalysisKit.Data;

namespace AnalysisKit.Survival.Cox;

/// <summary>
/// The design matrix of a Cox model: numeric covariates as they are, categorical covariates as
/// 0/1 indicator columns for every level but the first (treatment contrasts, R's
/// <c>model.matrix</c> with <c>contr.treatment</c>). A numeric covariate given as an array is
/// used as it is, not copied: the columns are read, never written.
/// </summary>
internal sealed record CoxDesign(IReadOnlyList<string> TermNames, double[][] Columns)
{
    public static CoxDesign Build(IReadOnlyList<CoxCovariate> covariates, int count)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        if (covariates.Count == 0)
            throw new ArgumentException("No covariates were given; a Cox model needs at least one.", nameof(covariates));
        var names = new List<string>();
        var columns = new List<double[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var covariate in covariates)
        {
            ArgumentNullException.ThrowIfNull(covariate, nameof(covariates));
            if (string.IsNullOrWhiteSpace(covariate.Name))
                throw new ArgumentException("A covariate has no name; every covariate needs one.", nameof(covariates));
            if (!seen.Add(covariate.Name))
                throw new ArgumentException($"The covariate '{covariate.Name}' is listed twice; list each covariate once.", nameof(covariates));
            if (covariate.Count != count)
                throw new ArgumentException(
                    $"There are {count} follow-up times but {covariate.Count} values of the covariate '{covariate.Name}'; give one value per subject.",
                    nameof(covariates));
            switch (covariate)
            {
                case NumericCovariate numeric:
                    for (var i = 0; i < count; i++)
                    {
                        var v = numeric.Values[i];
                        if (!double.IsFinite(v))
                            throw new ArgumentException(
                                $"{numeric.Name}[{i}] is not a finite number ({SurvivalArguments.Format(v)}); every subject needs a known value.",
                                nameof(covariates));
                    }
                    names.Add(numeric.Name);
                    columns.Add(numeric.Values as double[] ?? numeric.Values.ToArray());
                    break;
                case CategoricalCovariate categorical:
                    SurvivalArguments.CheckLabels(categorical.Labels, count, $"'{categorical.Name}'", nameof(covariates));
                    var levels = LevelOrder.Levels(categorical.Labels);
                    if (levels.Count < 2)
                        throw new ArgumentException(
                            $"The categorical covariate '{categorical.Name}' has the same value ('{levels[0]}') for every subject; there is nothing to compare it with.",
                            nameof(covariates));
                    foreach (var level in levels.Skip(1))
                    {
                        names.Add($"{categorical.Name}={level}");
                        columns.Add(categorical.Labels.Select(l => string.Equals(l, level, StringComparison.Ordinal) ? 1.0 : 0.0).ToArray());
                    }
                    break;
                default:
                    throw new ArgumentException($"The covariate '{covariate.Name}' is of an unknown kind.", nameof(covariates));
            }
        }
        return new CoxDesign(names, columns.ToArray());
    }
}
