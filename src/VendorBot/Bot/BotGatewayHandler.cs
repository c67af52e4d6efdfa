using VendorBot.Bot.Interactions;
using VendorBot.Bot.Messages;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Gateway;

namespace VendorBot.Bot;

/// <summary>
/// The bot's gateway event handler: learns who it is from READY, tracks threads (GUILD_CREATE's active threads and
/// THREAD_CREATE, with the bot's membership), routes messages and interactions.
/// </summary>
internal sealed class BotGatewayHandler(
    BotIdentity identity, ThreadParents threadParents, ChannelAccess access, MessageQuestionHandler messages, InteractionRouter interactions)
    : IGatewayEventHandler
{
    /// <inheritdoc />
    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch)
        {
            case ReadyDispatch ready:
                identity.SetUser(ready.Ready.User.Id);
                break;
            case GuildCreateDispatch guild:
                access.Learn(guild.Guild, identity.UserId);

                // The guild's active threads: after a restart, this is how the bot relearns its threads and their parents.
                foreach (var thread in guild.Guild.Threads ?? [])
                {
                    Track(thread);
                }

                break;
            case ThreadCreateDispatch thread:
                Track(thread.Thread);
                break;
            case MessageCreateDispatch message:
                await messages.HandleAsync(message.Message, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionCreateDispatch interaction:
                await interactions.HandleAsync(interaction.Interaction, cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }
    }

    /// <summary>Remembers a thread's parent (its settings apply there) and whether the bot owns it or was added to it.</summary>
    private void Track(Channel thread)
    {
        if (thread.ParentId is { } parent)
        {
            threadParents.Add(thread.Id, parent);
        }

        if (thread.OwnerId == identity.UserId || thread.Member is not null)
        {
            identity.AddThread(thread.Id);
        }
    }
}
