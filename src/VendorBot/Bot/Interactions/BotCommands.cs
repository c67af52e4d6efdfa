using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Interactions;

/// <summary>The slash commands the bot registers: <c>/ask</c>, <c>/sources</c>, <c>/reindex</c> (MANAGE_GUILD by default), <c>/help</c>, <c>/vendors</c>, <c>/timeline</c>, <c>/claims</c>, <c>/settings</c> (MANAGE_GUILD by default).</summary>
internal static class BotCommands
{
    /// <summary>Command and option names.</summary>
    public const string Ask = "ask", Sources = "sources", Reindex = "reindex", Help = "help", Question = "question", Vendor = "vendor", Query = "query";

    /// <summary>Names of the claims commands and their options.</summary>
    public const string Vendors = "vendors", Claims = "claims", Timeline = "timeline", Topic = "topic";

    /// <summary>Names of the settings command and its options.</summary>
    public const string Settings = "settings", AutoAnswer = "auto_answer", Ephemeral = "ephemeral", CitedOnly = "cited_only", ScopeVendors = "vendors";

    private const int QuestionMaxLength = 1000;
    private const int VendorListMaxLength = 500;

    /// <summary>
    /// The command definitions, as registered: installed to guilds only, usable in guilds and in DMs with the bot, except
    /// the admin commands (<c>/reindex</c>, <c>/settings</c>), which only make sense in a guild. Contexts and integration
    /// types are set explicitly so the set Discord returns matches the one sent and a restart re-registers nothing.
    /// </summary>
    public static IReadOnlyList<ApplicationCommand> All { get; } = [.. Definitions().Select(command => command with
    {
        Contexts = command.Name is Reindex or Settings ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDm],
        IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
    })];

    private static ApplicationCommand[] Definitions() =>
    [
        new()
        {
            Name = Ask,
            Description = "Ask about a vendor controversy; the answer cites its sources.",
            Options =
            [
                new() { Name = Question, Description = "Your question", Required = true, MaxLength = QuestionMaxLength },
                new() { Name = Vendor, Description = "Only use sources about this vendor", Autocomplete = true },
            ],
        },
        new()
        {
            Name = Sources,
            Description = "The sources of the latest answer here, or the passages matching a query.",
            Options = [new() { Name = Query, Description = "Search the sources instead", MaxLength = QuestionMaxLength }],
        },
        new()
        {
            Name = Reindex,
            Description = "Re-read the documents folder and update the index (admins).",
            DefaultMemberPermissions = Permissions.ManageGuild.ToDiscordString(),
        },
        new() { Name = Help, Description = "What this bot does and what it covers." },
        new() { Name = Vendors, Description = "The vendors my sources cover, with document counts and dates." },
        new()
        {
            Name = Timeline,
            Description = "Dated events and claims about a vendor, oldest first, each cited.",
            Options = [new() { Name = Vendor, Description = "The vendor", Required = true, Autocomplete = true }],
        },
        new()
        {
            Name = Claims,
            Description = "Who claims what about a vendor, grouped by stance, each cited.",
            Options =
            [
                new() { Name = Vendor, Description = "The vendor", Required = true, Autocomplete = true },
                new() { Name = Topic, Description = "Only claims about this topic (e.g. backdoor)", MaxLength = QuestionMaxLength },
            ],
        },
        new()
        {
            Name = Settings,
            Description = "Show or change how I answer in this channel (admins).",
            DefaultMemberPermissions = Permissions.ManageGuild.ToDiscordString(),
            Options =
            [
                new() { Name = AutoAnswer, Type = ApplicationCommandOptionType.Boolean, Description = "Treat every new message here (and in its threads) as a question" },
                new() { Name = Ephemeral, Type = ApplicationCommandOptionType.Boolean, Description = "Answer /ask so that only the asker sees it" },
                new() { Name = CitedOnly, Type = ApplicationCommandOptionType.Boolean, Description = "Stay silent on messages unless the answer cites a source" },
                new() { Name = ScopeVendors, Description = "Only use sources about these vendors (comma-separated; 'all' for every vendor)", MaxLength = VendorListMaxLength },
            ],
        },
    ];
}
