namespace AnalysisKit.Cli;

/// <summary>The options given on the command line do not fit together (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
