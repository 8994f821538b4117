namespace AnalysisKit.Proportions;

/// <summary>
/// A proportion <see cref="Events"/>/<see cref="Trials"/> with its two-sided confidence interval.
/// </summary>
/// <param name="Events">Number of events (responders) x.</param>
/// <param name="Trials">Number of patients n.</param>
/// <param name="Level">Confidence level, for example 0.95.</param>
/// <param name="Method">How the interval was computed.</param>
/// <param name="Proportion">The point estimate x/n.</param>
/// <param name="Lower">Lower confidence bound (between 0 and the estimate).</param>
/// <param name="Upper">Upper confidence bound (between the estimate and 1).</param>
public sealed partial record BinomialInterval(
    int Events, int Trials, double Level, BinomialIntervalMethod Method,
    double Proportion, double Lower, double Upper);
