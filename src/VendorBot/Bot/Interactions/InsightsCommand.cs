using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Insights;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/insights [days]</c>: admins only; what this server's users asked over the last days (default 7) that the sources
/// could not answer, the answers voted not helpful, the vendors asked about and the answer rate: one ephemeral embed.
/// </summary>
internal sealed class InsightsCommand(InsightsService insights, IDiscordRestClient rest) : ISlashCommand
{
    private const string Days = "days";

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "insights",
        Description = "What users asked that the sources could not answer, and more (admins).",
        Options =
        [
            new()
            {
                Name = Days,
                Description = "Days to look back, today included (default 7).",
                Type = ApplicationCommandOptionType.Integer,
                MinValue = 1,
                MaxValue = InsightsLimits.MaxDays,
            },
        ],
        Admins = new AdminOnly("see the insights"),
    };

    /// <summary>Handles one <c>/insights</c> by an admin.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var interaction = invocation.Interaction;
        var days = (int)Math.Clamp(interaction.Data?.FindOption(Days)?.GetInt64() ?? InsightsLimits.DefaultDays, 1, InsightsLimits.MaxDays);
        var report = await insights.ReportAsync(days, interaction.GuildId?.ToString(), cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(
            interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(string.Empty, [InsightsEmbed.Build(report)])), cancellationToken)
            .ConfigureAwait(false);
    }
}
