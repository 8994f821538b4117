namespace AnalysisKit.Comparison;

/// <summary>How a pooled outcome's event count is obtained from the printed numbers.</summary>
public enum OutcomeDerivation
{
    /// <summary>One printed count is the number of events.</summary>
    Count,

    /// <summary>Several printed counts add up to the events (e.g. complete plus partial responses).</summary>
    SumOfCounts,

    /// <summary>
    /// Only a percentage is printed: the events are the one whole number k for which 100·k/n
    /// agrees with the printed percentage at its printed rounding.
    /// </summary>
    FromPercentage,
}
