using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// A right-continuous step function drawn as a line, such as a survival curve S(t): the value
/// <c>Values[i]</c> holds from <c>Times[i]</c> until the next time (plotly's <c>shape = "hv"</c>,
/// the way R's <c>plot(survfit(...))</c> draws steps: horizontal first, then vertical).
/// </summary>
/// <param name="Times">The times at which the value changes, in increasing order, each 0 or more.</param>
/// <param name="Values">The value from each time on; as many values as times.</param>
public sealed record StepLineChartRequest(double[] Times, double[] Values) : IChartRequest
{
    /// <inheritdoc/>
    public string Title { get; init; } = "";

    /// <summary>The legend name of the line (may be empty).</summary>
    public string SeriesName { get; init; } = "";

    /// <summary>The x-axis title; "Time" unless given.</summary>
    public string XAxisTitle { get; init; } = "Time";

    /// <summary>The y-axis title; "Survival probability" unless given.</summary>
    public string YAxisTitle { get; init; } = "Survival probability";

    /// <inheritdoc/>
    public void Validate()
    {
        if (Times is null) throw new ArgumentException("The step line has no times.", nameof(Times));
        if (Values is null) throw new ArgumentException("The step line has no values.", nameof(Values));
        if (Times.Length == 0) throw new ArgumentException("The step line needs at least one time.", nameof(Times));
        if (Times.Length != Values.Length)
            throw new ArgumentException($"The step line has {Times.Length} times but {Values.Length} values; each time needs one value.", nameof(Values));
        for (var i = 0; i < Times.Length; i++)
        {
            if (!double.IsFinite(Times[i]))
                throw new ArgumentException($"times[{i}] is {Show(Times[i])}; times must be finite numbers.", nameof(Times));
            if (Times[i] < 0)
                throw new ArgumentException($"times[{i}] is negative ({Show(Times[i])}); follow-up times must be 0 or more.", nameof(Times));
            if (i > 0 && Times[i] < Times[i - 1])
                throw new ArgumentException($"times[{i}] ({Show(Times[i])}) is smaller than times[{i - 1}] ({Show(Times[i - 1])}); times must be in increasing order.", nameof(Times));
            if (!double.IsFinite(Values[i]))
                throw new ArgumentException($"values[{i}] is {Show(Values[i])}; values must be finite numbers.", nameof(Values));
        }
    }

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
