using System.CommandLine;
using System.CommandLine.Help;

namespace VendorBot.Cli;

/// <summary>The <c>vendorbot</c> command line: one verb per file, registered here.</summary>
internal static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the verb, and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRootCommand();
        // No verb: the help, not a parse error (exit 0, as for --help).
        var parse = root.Parse(args is [] ? ["--help"] : args);
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // Verbs turn their own failures into one line; see CliVerb.Run.
            EnableDefaultExceptionHandler = false,
        };
        if (parse.Errors.Count > 0 && parse.Action is not RootHelpAction)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'vendorbot --help' for usage.").ConfigureAwait(false);
            return CliExitCodes.Usage;
        }

        return await parse.InvokeAsync(invocation).ConfigureAwait(false);
    }

    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand(
            "VendorBot answers questions about vendor controversies strictly from its source documents, with every claim cited.");
        foreach (var verb in Verbs())
        {
            root.Subcommands.Add(verb);
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction(root, (HelpAction)help.Action!);

        return root;
    }

    private static IEnumerable<Command> Verbs()
    {
        yield return IndexVerb.Create();
        yield return PublishVerb.Create();
        yield return SearchVerb.Create();
        yield return BeirVerb.Create();
        yield return AskVerb.Create();
        yield return ChatVerb.Create();
        yield return EvalVerb.Create();
        yield return RunVerb.Create();
        yield return TimelineVerb.Create();
        yield return ClaimsVerb.Create();
        yield return AddVerb.Create();
        yield return DocumentsVerb.Create();
        yield return EditVerb.Create();
        yield return RemoveVerb.Create();
        yield return FeedsVerb.Create();
        yield return InsightsVerb.Create();
    }
}
