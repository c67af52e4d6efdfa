using Spectre.Console;

namespace VendorBot.Cli;

/// <summary>Whether a verb writes to a real terminal, where progress bars make sense.</summary>
internal static class CliTerminal
{
    /// <summary>True when <paramref name="output"/> is the process's console, not redirected, and the terminal is interactive.</summary>
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
}
