namespace VendorBot.Cli;

/// <summary>Process exit codes of the command line.</summary>
internal static class CliExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The verb ran but failed (a broken index, an unreachable model, a failed evaluation).</summary>
    public const int Failure = 1;

    /// <summary>The command line or the input was wrong (unknown option, missing folder, bad config).</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
