namespace VendorBot.Cli;

/// <summary>How terminal output is laid out: wrapped to <paramref name="Width"/> columns (null: not wrapped) and coloured or not.</summary>
/// <param name="Width">Columns to wrap at, or null for output that is not a terminal (a pipe, a file).</param>
/// <param name="Colour">Whether ANSI colour may be used (a terminal, and NO_COLOR not set).</param>
internal sealed record TerminalStyle(int? Width, bool Colour)
{
    /// <summary>Plain, unwrapped text: for pipes and files.</summary>
    public static TerminalStyle Plain { get; } = new(null, false);

    /// <summary>The style for <paramref name="output"/>: the console's width and colour when it is an interactive terminal.</summary>
    public static TerminalStyle For(TextWriter output)
    {
        if (!CliTerminal.IsInteractive(output))
        {
            return Plain;
        }

        var width = Console.WindowWidth is > 20 and var columns ? columns : 80;
        return new TerminalStyle(width, string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
    }
}
