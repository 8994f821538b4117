namespace AnalysisKit.Survival.Cox;

/// <summary>
/// The symmetric generalized Cholesky routines of R's <c>survival</c> package (C routines
/// <c>cholesky2</c>, <c>chsolve2</c>, <c>chinv2</c>), which the Cox fit and its Wald test use.
/// A matrix is factored as F D Fᵀ (F unit lower triangular, D diagonal). A pivot below
/// <c>toler</c> × (largest diagonal element) is set to 0: that column is treated as redundant
/// (collinear), its solution component is 0, and its row and column of the inverse are 0.
/// Matrices are held as <c>m[i][j]</c>; the factor is kept in the lower triangle (i &gt; j) and
/// on the diagonal, the input is read from the diagonal and the upper triangle (i &lt; j).
/// </summary>
internal static class GeneralizedCholesky
{
    /// <summary>
    /// Factors <paramref name="m"/> in place (<c>cholesky2</c>). Returns the rank, negated when
    /// the matrix is clearly not non-negative definite.
    /// </summary>
    public static int Factor(double[][] m, double toler)
    {
        var n = m.Length;
        var nonNegative = 1;
        var eps = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (m[i][i] > eps) eps = m[i][i];
            for (var j = i + 1; j < n; j++) m[j][i] = m[i][j];
        }
        eps = eps == 0 ? toler : eps * toler;

        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = m[i][i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                m[i][i] = 0;
                if (pivot < -8 * eps) nonNegative = -1;
            }
            else
            {
                rank++;
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[j][i] / pivot;
                    m[j][i] = temp;
                    m[j][j] -= temp * temp * pivot;
                    for (var k = j + 1; k < n; k++) m[k][j] -= temp * m[k][i];
                }
            }
        }
        return rank * nonNegative;
    }

    /// <summary>Solves (F D Fᵀ) x = y in place for a factored matrix (<c>chsolve2</c>).</summary>
    public static void Solve(double[][] m, double[] y)
    {
        var n = m.Length;
        for (var i = 0; i < n; i++)
        {
            var temp = y[i];
            for (var j = 0; j < i; j++) temp -= y[j] * m[i][j];
            y[i] = temp;
        }
        for (var i = n - 1; i >= 0; i--)
        {
            if (m[i][i] == 0)
            {
                y[i] = 0;
                continue;
            }
            var temp = y[i] / m[i][i];
            for (var j = i + 1; j < n; j++) temp -= y[j] * m[j][i];
            y[i] = temp;
        }
    }

    /// <summary>
    /// Turns a factored matrix into its (generalized) inverse (<c>chinv2</c>). The full inverse
    /// is then in the upper triangle and diagonal; callers symmetrize.
    /// </summary>
    public static void Invert(double[][] m)
    {
        var n = m.Length;
        for (var i = 0; i < n; i++)
        {
            if (m[i][i] > 0)
            {
                m[i][i] = 1 / m[i][i];
                for (var j = i + 1; j < n; j++)
                {
                    m[j][i] = -m[j][i];
                    for (var k = 0; k < i; k++) m[j][k] += m[j][i] * m[i][k];
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (m[i][i] == 0)
            {
                for (var j = 0; j < i; j++) m[j][i] = 0;
                for (var j = i; j < n; j++) m[i][j] = 0;
            }
            else
            {
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[j][i] * m[j][j];
                    m[i][j] = temp;
                    for (var k = i; k < j; k++) m[i][k] += temp * m[j][k];
                }
            }
        }
    }

    /// <summary>A new n × n matrix of zeros.</summary>
    public static double[][] Zeros(int n)
    {
        var m = new double[n][];
        for (var i = 0; i < n; i++) m[i] = new double[n];
        return m;
    }
}
