namespace AnalysisKit.Reconstruction;

/// <summary>
/// The joint distribution of two baseline variables: the share p(a, b) of patients with level a
/// of the first and level b of the second (R's <c>table(x, y) / n</c>). Only combinations
/// that occur are held; the others have share 0.
/// </summary>
public sealed class CrossTab
{
    private readonly Dictionary<(string A, string B), double> _shares;

    private CrossTab(string variableA, string variableB, Dictionary<(string, string), double> shares)
    {
        VariableA = variableA;
        VariableB = variableB;
        _shares = shares;
    }

    /// <summary>The first variable.</summary>
    public string VariableA { get; }

    /// <summary>The second variable.</summary>
    public string VariableB { get; }

    /// <summary>The share of patients with level <paramref name="a"/> of <see cref="VariableA"/> and <paramref name="b"/> of <see cref="VariableB"/>; 0 when none.</summary>
    public double Share(string a, string b) => _shares.GetValueOrDefault((a, b));

    /// <summary>Cross-tabulates two baseline variables of the patients.</summary>
    /// <exception cref="ArgumentException">A variable is missing, or both are the same.</exception>
    public static CrossTab Of(ValidationPatients patients, string variableA, string variableB)
    {
        ArgumentNullException.ThrowIfNull(patients);
        if (string.Equals(variableA, variableB, StringComparison.Ordinal))
            throw new ArgumentException($"'{variableA}' is given twice; a cross-tabulation needs two different variables.", nameof(variableB));
        var a = patients.Baseline(variableA);
        var b = patients.Baseline(variableB);
        var shares = new Dictionary<(string, string), double>();
        for (var i = 0; i < patients.Count; i++)
            shares[(a[i], b[i])] = shares.GetValueOrDefault((a[i], b[i])) + 1;
        foreach (var key in shares.Keys.ToList()) shares[key] /= patients.Count;
        return new CrossTab(variableA, variableB, shares);
    }

    /// <summary>
    /// Total variation distance to another cross-tabulation of the same two variables:
    /// TV = ½ Σ over level pairs (a, b) of |p(a, b) − q(a, b)|, from 0 (the same joint
    /// distribution) to 1 (no combination in common).
    /// </summary>
    /// <exception cref="ArgumentException">The other table cross-tabulates other variables.</exception>
    public double TotalVariation(CrossTab other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.VariableA != VariableA || other.VariableB != VariableB)
            throw new ArgumentException(
                $"This table crosses '{VariableA}' with '{VariableB}', the other '{other.VariableA}' with '{other.VariableB}'; compare tables of the same two variables.", nameof(other));
        var sum = _shares.Sum(c => Math.Abs(c.Value - other.Share(c.Key.A, c.Key.B)));
        sum += other._shares.Where(c => !_shares.ContainsKey(c.Key)).Sum(c => c.Value);
        return sum / 2;
    }
}
