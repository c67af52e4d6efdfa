using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;

namespace VendorBot.Discord.Rest;

/// <summary>The REST client: validation, serialisation and routes over <see cref="RestRequestSender"/>.</summary>
internal sealed class DiscordRestClient(RestRequestSender sender) : IDiscordRestClient
{
    private static RestJsonContext Json => RestJsonContext.Default;

    public Task<Message> CreateMessageAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        MessageValidator.Validate(message);
        MessageValidator.ValidateNotEmpty(message.Content, message.Embeds, message.Components);
        return SendAsync(RestRoutes.CreateMessage(channelId), message, Json.MessagePayload, Json.Message, cancellationToken);
    }

    public Task<Message> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken)
    {
        MessageValidator.Validate(message);
        MessageValidator.ValidateEditNotEmpty(message.Content, message.Embeds, message.Components);
        return SendAsync(RestRoutes.EditMessage(channelId, messageId), message, Json.MessagePayload, Json.Message, cancellationToken);
    }

    public Task TriggerTypingAsync(Snowflake channelId, CancellationToken cancellationToken) =>
        sender.SendAsync(RestRoutes.TriggerTyping(channelId), null, cancellationToken);

    public Task<Channel> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadPayload thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        MessageValidator.ValidateThreadName(thread.Name);
        return SendAsync(RestRoutes.StartThreadFromMessage(channelId, messageId), thread, Json.StartThreadPayload, Json.Channel, cancellationToken);
    }

    public Task<User> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        GetAsync(RestRoutes.GetCurrentUser(), Json.User, cancellationToken);

    public Task<Application> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        GetAsync(RestRoutes.GetCurrentApplication(), Json.Application, cancellationToken);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        GetAsync(RestRoutes.GetGatewayBot(), Json.GatewayBotInfo, cancellationToken);

    public async Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        InteractionResponseValidator.Validate(response);
        var body = JsonSerializer.SerializeToUtf8Bytes(response, Json.InteractionResponse);
        await sender.SendAsync(RestRoutes.InteractionCallback(interactionId, interactionToken), body, cancellationToken).ConfigureAwait(false);
    }

    public Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        MessageValidator.Validate(message);
        MessageValidator.ValidateNotEmpty(message.Content, message.Embeds, message.Components);
        return SendAsync(RestRoutes.CreateFollowup(applicationId, interactionToken), message, Json.MessagePayload, Json.Message, cancellationToken);
    }

    public Task<Message> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        MessageValidator.Validate(message);
        MessageValidator.ValidateEditNotEmpty(message.Content, message.Embeds, message.Components);
        return SendAsync(RestRoutes.EditOriginal(applicationId, interactionToken), message, Json.MessagePayload, Json.Message, cancellationToken);
    }

    public Task DeleteOriginalResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        return sender.SendAsync(RestRoutes.DeleteOriginal(applicationId, interactionToken), null, cancellationToken);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken)
    {
        var route = guildId is { } guild ? RestRoutes.GetGuildCommands(applicationId, guild) : RestRoutes.GetGlobalCommands(applicationId);
        return await GetAsync(route, Json.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(
        Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        CommandValidator.Validate(commands);
        var route = guildId is { } guild ? RestRoutes.OverwriteGuildCommands(applicationId, guild) : RestRoutes.OverwriteGlobalCommands(applicationId);
        return await SendAsync(route, commands, Json.IReadOnlyListApplicationCommand, Json.ListApplicationCommand, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TResponse> SendAsync<TBody, TResponse>(
        RestRoute route, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
        var response = await sender.SendAsync(route, bytes, cancellationToken).ConfigureAwait(false);
        return Parse(route, response, responseType);
    }

    private async Task<TResponse> GetAsync<TResponse>(RestRoute route, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var response = await sender.SendAsync(route, null, cancellationToken).ConfigureAwait(false);
        return Parse(route, response, responseType);
    }

    private static TResponse Parse<TResponse>(RestRoute route, byte[] response, JsonTypeInfo<TResponse> responseType)
    {
        try
        {
            return JsonSerializer.Deserialize(response, responseType)
                ?? throw new DiscordRestException($"Discord answered {route.Name} with an empty body.");
        }
        catch (JsonException error)
        {
            throw new DiscordRestException($"Discord answered {route.Name} with JSON that could not be read.", error);
        }
    }
}
