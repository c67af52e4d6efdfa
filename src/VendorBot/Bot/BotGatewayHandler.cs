using VendorBot.Bot.Interactions;
using VendorBot.Bot.Messages;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Gateway;

namespace VendorBot.Bot;

/// <summary>The bot's gateway event handler: learns who it is from READY, tracks its threads, routes messages and interactions.</summary>
internal sealed class BotGatewayHandler(BotIdentity identity, ThreadParents threadParents, MessageQuestionHandler messages, InteractionRouter interactions)
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
            case ThreadCreateDispatch thread:
                if (thread.Thread.ParentId is { } parent)
                {
                    threadParents.Add(thread.Thread.Id, parent);
                }

                if (thread.Thread.OwnerId == identity.UserId)
                {
                    identity.AddThread(thread.Thread.Id);
                }

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
}
