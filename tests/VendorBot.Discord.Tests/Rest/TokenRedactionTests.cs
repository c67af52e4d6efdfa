using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Rest;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

public sealed class TokenRedactionTests
{
    private const string InteractionToken = "aW50ZXJhY3Rpb24tdG9rZW4-SECRET";

    [Fact]
    public async Task NoTokenAppearsInAnyLogLineOrException()
    {
        await using var harness = await RestHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:Rest:AttemptTimeout"] = "00:00:00.500",
            ["Discord:Rest:MaxServerErrorRetries"] = "1",
        });
        var rest = harness.Server.Rest;
        rest.Script("POST", "interactions/*/*/callback", FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(10)), FakeRestReply.DiscordError(404, 10062, "Unknown interaction"));
        rest.Script("PATCH", "webhooks/*/*/messages/@original", FakeRestReply.ServerError(500), FakeRestReply.ServerError(500));
        rest.Script("POST", "webhooks/*/*", FakeRestReply.Slow(TimeSpan.FromSeconds(3)));
        rest.Script("GET", "users/@me", FakeRestReply.TooManyRequests(TimeSpan.FromMilliseconds(10), "global"), FakeRestReply.DiscordError(401, 0, "401: Unauthorized"));

        var errors = new List<Exception>();
        await Collect(errors, () => harness.Client.CreateInteractionResponseAsync(new Snowflake(1), InteractionToken, InteractionResponse.Deferred(), Some.Ct));
        await Collect(errors, () => harness.Client.EditOriginalResponseAsync(Some.Application, InteractionToken, Some.Message(), Some.Ct));
        await Collect(errors, () => harness.Client.CreateFollowupMessageAsync(Some.Application, InteractionToken, Some.Message(), Some.Ct));
        await Collect(errors, () => harness.Client.GetCurrentUserAsync(Some.Ct));
        await Collect(errors, () => harness.Client.CreateMessageAsync(Some.Channel, Some.Message(new string('x', 2001)), Some.Ct));

        errors.Count.ShouldBe(5);
        var logs = harness.Logs.GetSnapshot();
        logs.ShouldNotBeEmpty();
        var text = string.Join('\n', logs.Select(record => $"{record.Message} {record.Exception} {string.Join(',', record.StructuredState?.Select(kv => kv.Value) ?? [])}")
            .Concat(errors.Select(error => error.ToString())));
        text.ShouldNotContain(RestHarness.Token);
        text.ShouldNotContain(InteractionToken);
        text.ShouldNotContain(Uri.EscapeDataString(InteractionToken));
    }

    [Fact]
    public void OptionsNeverPrintTheToken()
    {
        var options = new DiscordClientOptions { Token = RestHarness.Token };

        options.ToString().ShouldNotContain(RestHarness.Token);
    }

    private static async Task Collect(List<Exception> errors, Func<Task> call)
    {
        try
        {
            await call().WaitAsync(TimeSpan.FromSeconds(10), Some.Ct);
        }
        catch (Exception error) when (error is DiscordRestException or DiscordLimitException)
        {
            errors.Add(error);
        }
    }
}
