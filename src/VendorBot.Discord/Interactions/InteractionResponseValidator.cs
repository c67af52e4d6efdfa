using VendorBot.Discord.Commands;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Interactions;

/// <summary>Checks an interaction response against Discord's limits; throws <see cref="DiscordLimitException"/>.</summary>
public static class InteractionResponseValidator
{
    /// <summary>Validates the message parts and the autocomplete choices of <paramref name="response"/>.</summary>
    public static void Validate(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Data is not { } data)
        {
            return;
        }

        MessageValidator.Validate(data.Content, data.Embeds, data.Components, data.AllowedMentions);
        if (response.Type == InteractionCallbackType.ChannelMessageWithSource)
        {
            MessageValidator.ValidateNotEmpty(data.Content, data.Embeds, data.Components);
        }
        else if (response.Type == InteractionCallbackType.UpdateMessage)
        {
            MessageValidator.ValidateEditNotEmpty(data.Content, data.Embeds, data.Components);
        }

        CommandValidator.ValidateChoices("data.choices", data.Choices ?? []);
    }
}
