namespace AnalysisKit.Cli;

/// <summary>Process exit codes fixed by the command-line contract.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Anything other than bad usage or bad data.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage or bad input data; the message names the file, line and column.</summary>
    public const int BadInput = 2;
}
