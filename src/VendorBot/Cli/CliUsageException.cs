namespace VendorBot.Cli;

/// <summary>A user mistake (bad path, bad option value) reported as one line on stderr with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
