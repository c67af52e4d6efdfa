using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace VendorBot.Cli;

/// <summary>
/// The overview printed by <c>vendorbot</c>, <c>vendorbot --help</c>: every verb with its arguments, optional ones in
/// brackets (<c>index [&lt;folder&gt;]</c>); a verb's own <c>--help</c> is System.CommandLine's.
/// </summary>
internal sealed class RootHelpAction(RootCommand root, HelpAction standard) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.CommandResult.Command != root)
        {
            return standard.Invoke(parseResult);
        }

        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(root.Description);
        output.WriteLine();
        output.WriteLine("Usage: vendorbot <command> [arguments] [options]");
        output.WriteLine();
        output.WriteLine("Commands:");
        var usages = root.Subcommands.Select(command => (Usage: Usage(command), command.Description ?? string.Empty)).ToList();
        var width = usages.Max(u => u.Usage.Length) + 2;
        foreach (var (usage, description) in usages)
        {
            output.WriteLine($"  {usage.PadRight(width)}{FirstSentence(description)}");
        }

        output.WriteLine();
        output.WriteLine("Run 'vendorbot <command> --help' for a command's options (every command takes --db <path>).");
        return CliExitCodes.Success;
    }

    /// <summary>"claims &lt;vendor&gt; [&lt;topic&gt;]": the verb and its arguments, optional ones in brackets.</summary>
    public static string Usage(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var arguments = command.Arguments.Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[<{a.Name}>]" : $"<{a.Name}>");
        return string.Join(' ', arguments.Prepend(command.Name));
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var cut = new[] { end, colon }.Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return cut > 0 ? text[..cut] + "." : text;
    }
}
