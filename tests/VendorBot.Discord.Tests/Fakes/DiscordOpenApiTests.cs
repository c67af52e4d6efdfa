using System.Text.Json;
using VendorBot.Discord.Fakes.Validation;

namespace VendorBot.Discord.Tests.Fakes;

public sealed class DiscordOpenApiTests
{
    [Theory]
    [InlineData("POST", "interactions/1/tok/callback", "create_interaction_response")]
    [InlineData("PATCH", "webhooks/950/tok/messages/@original", "update_original_webhook_message")]
    [InlineData("PATCH", "webhooks/950/tok/messages/77", "update_webhook_message")]
    [InlineData("GET", "users/@me", "get_my_user")]
    [InlineData("POST", "channels/600/messages", "create_message")]
    public void RequestsFindTheirOperationWithLiteralSegmentsPreferred(string method, string path, string operation)
    {
        DiscordOpenApi.Shared.Find(method, path)!.OperationId.ShouldBe(operation);
    }

    [Theory]
    [InlineData("DELETE", "users/@me")]
    [InlineData("POST", "channels/600/messagez")]
    public void RoutesTheSpecDoesNotHaveAreNotFound(string method, string path)
    {
        DiscordOpenApi.Shared.Find(method, path).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"type":6}""")]
    [InlineData("""{"type":1}""")]
    [InlineData("""{"type":4,"data":{"content":"hi","flags":64}}""")]
    [InlineData("""{"type":8,"data":{"choices":[{"name":"Huawei","value":"Huawei"}]}}""")]
    public void ValidCallbacksConform(string body)
    {
        var operation = DiscordOpenApi.Shared.Find("POST", "interactions/1/tok/callback")!;

        DiscordOpenApi.Shared.Validate(operation, Parse(body)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"type":4,"data":{"content":5}}""")]
    [InlineData("""{"data":{"content":"hi"}}""")]
    [InlineData("""{"type":8,"data":{"choices":[{"name":"","value":"x"}]}}""")]
    public void InvalidCallbacksAreReported(string body)
    {
        var operation = DiscordOpenApi.Shared.Find("POST", "interactions/1/tok/callback")!;

        DiscordOpenApi.Shared.Validate(operation, Parse(body)).ShouldNotBeEmpty();
    }

    [Fact]
    public void PermissionBitSetsMayBeStringsAsTheDocsDefineThem()
    {
        var operation = DiscordOpenApi.Shared.Find("PUT", "applications/1/commands")!;

        DiscordOpenApi.Shared.Validate(operation, Parse("""[{"name":"reindex","description":"d","type":1,"default_member_permissions":"32"}]""")).ShouldBeEmpty();
        DiscordOpenApi.Shared.Validate(operation, Parse("""[{"name":"reindex","description":"d","type":1,"default_member_permissions":"admin"}]""")).ShouldNotBeEmpty();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
