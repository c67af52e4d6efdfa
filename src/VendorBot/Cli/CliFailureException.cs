namespace VendorBot.Cli;

/// <summary>The verb ran but refused or failed for a reason the message explains (exit code 1); lines after the first are hints.</summary>
internal sealed class CliFailureException(string message, Exception? innerException = null) : Exception(message, innerException);
