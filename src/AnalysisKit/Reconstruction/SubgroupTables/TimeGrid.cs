using System.Globalization;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The times a synthetic patient's event or censoring may take besides the printed ones: a
/// regular grid, step, 2·step, … up to an end, in months at two decimals.
/// </summary>
/// <param name="Step">Distance between grid times, in months.</param>
/// <param name="End">The last grid time, in months.</param>
public sealed record TimeGrid(double Step, double End)
{
    /// <summary>Grid times per default grid.</summary>
    public const int DefaultPoints = 180;

    /// <summary>
    /// The grid when a trial's plan gives none: it ends at 1.5 times the latest printed time or
    /// landmark (follow-up goes on past the last number a table prints) and has
    /// <see cref="DefaultPoints"/> steps, each rounded to two decimals.
    /// </summary>
    /// <param name="latestPrinted">The latest printed median, confidence limit or landmark time, in months.</param>
    public static TimeGrid Default(double latestPrinted)
    {
        if (!(latestPrinted > 0))
            throw new ArgumentException($"The latest printed time must be positive to size the time grid; {latestPrinted.ToString(CultureInfo.InvariantCulture)} was given.", nameof(latestPrinted));
        var end = Math.Ceiling(1.5 * latestPrinted);
        return new TimeGrid(Math.Max(0.01, Math.Round(end / DefaultPoints, 2)), end);
    }

    /// <summary>The grid's times, rounded to two decimals.</summary>
    public IEnumerable<double> Times()
    {
        for (var g = Step; g <= End; g += Step) yield return Math.Round(g, 2);
    }

    /// <summary>"every 0.25 months up to 45".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"every {Step} months up to {End}");
}
