using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Interactions;

/// <summary>The slash commands the bot registers: <c>/ask</c>, <c>/sources</c>, <c>/reindex</c> (MANAGE_GUILD by default), <c>/help</c>, <c>/vendors</c>, <c>/timeline</c>, <c>/claims</c>.</summary>
internal static class BotCommands
{
    /// <summary>Command and option names.</summary>
    public const string Ask = "ask", Sources = "sources", Reindex = "reindex", Help = "help", Question = "question", Vendor = "vendor", Query = "query";

    /// <summary>Names of the claims commands and their options.</summary>
    public const string Vendors = "vendors", Claims = "claims", Timeline = "timeline", Topic = "topic";

    private const int QuestionMaxLength = 1000;

    /// <summary>The command definitions, as registered.</summary>
    public static IReadOnlyList<ApplicationCommand> All { get; } =
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
    ];
}
