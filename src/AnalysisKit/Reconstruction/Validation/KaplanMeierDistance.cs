using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// How far apart the whole-cohort Kaplan–Meier curves of one endpoint are for the true and the
/// synthetic patients: D = max over t in {0, 1, …, H} of |S_true(t) − S_synthetic(t)|, with
/// whole months t up to the horizon H = ⌊min(last follow-up of either set)⌋, where both curves
/// are observed. S is the kit's <see cref="KaplanMeier"/> estimate read as R's
/// <c>summary(survfit(Surv(months, event) ~ 1), times = 0:H)$surv</c>.
/// </summary>
/// <param name="Endpoint">The endpoint compared.</param>
/// <param name="Distance">D, the largest absolute difference in survival probability.</param>
/// <param name="AtMonth">The first month of the grid where D is reached.</param>
/// <param name="HorizonMonths">H, the last month of the grid.</param>
public sealed record KaplanMeierDistance(string Endpoint, double Distance, int AtMonth, int HorizonMonths)
{
    /// <summary>Compares the curves of <paramref name="endpoint"/>.</summary>
    /// <exception cref="ArgumentException">Either set of patients lacks the endpoint.</exception>
    public static KaplanMeierDistance Between(ValidationPatients truth, ValidationPatients synthetic, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(synthetic);
        var a = Fit(truth.Endpoint(endpoint));
        var b = Fit(synthetic.Endpoint(endpoint));
        var horizon = (int)Math.Floor(Math.Min(a.LastTime, b.LastTime));
        var grid = Enumerable.Range(0, horizon + 1).Select(m => (double)m).ToArray();
        var sa = a.SurvivalAt(grid);
        var sb = b.SurvivalAt(grid);
        var distance = 0.0;
        var at = 0;
        for (var m = 0; m <= horizon; m++)
        {
            var d = Math.Abs(sa[m].Survival - sb[m].Survival);
            if (d > distance)
            {
                distance = d;
                at = m;
            }
        }
        return new KaplanMeierDistance(endpoint, distance, at, horizon);
    }

    private static KaplanMeierCurve Fit(EndpointColumn column) => KaplanMeier.Fit(column.Months, column.Events);
}
