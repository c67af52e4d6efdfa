using Microsoft.Extensions.Logging;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Payloads;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class DispatchTests
{
    [Fact]
    public async Task AThrowingHandlerIsLoggedAndTheSessionSurvives()
    {
        await using var harness = await GatewayHarness.ReadyAsync();
        harness.Handler.Behaviour = (dispatch, _) => dispatch is MessageCreateDispatch { Message.Id.Value: 1 }
            ? throw new InvalidOperationException("handler bug")
            : ValueTask.CompletedTask;

        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(2), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(2);

        var failure = harness.Logs.GetSnapshot().Where(record => record.Level == LogLevel.Error).ShouldHaveSingleItem();
        failure.Exception.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("handler bug");
        failure.Message.ShouldContain("MESSAGE_CREATE");
        harness.Client.State.ShouldBe(GatewayState.Connected);
        harness.Gateway.Connections.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ABurstEndedByAReconnectRequestReachesTheHandlersOnceAndInOrderThroughAFullQueue()
    {
        await using var harness = await GatewayHarness.ReadyAsync(options => options.Settings["Discord:Gateway:DispatchQueueCapacity"] = "4");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Handler.Behaviour = (dispatch, _) => dispatch is MessageCreateDispatch { Message.Id.Value: 1 } ? new ValueTask(release.Task) : ValueTask.CompletedTask;
        var ids = Enumerable.Range(1, 100).ToList();

        await harness.Gateway.SendBatchAsync(harness.Gateway.PrepareDispatches("MESSAGE_CREATE", [.. ids.Select(id => Some.MessageJson(id))]), TestContext.Current.CancellationToken);
        await harness.Gateway.SendReconnectAsync();
        await harness.Handler.WaitForMessagesAsync(1);
        release.SetResult();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any() && handler.Messages.Count >= ids.Count, "the burst and RESUMED");

        harness.Handler.Messages.Select(message => (int)message.Id.Value).ShouldBe(ids);
        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem().Data.GetProperty("seq").GetInt64().ShouldBe(harness.Handler.Events.OfType<MessageCreateDispatch>().Last().Sequence);
        harness.Logs.GetSnapshot().ShouldContain(record => record.Message.Contains("queue is full", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownAndMalformedEventsAreSkippedAndLaterEventsStillArrive()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.PushDispatchAsync("SOME_FUTURE_EVENT", "{\"x\":[1,{\"y\":2}]}", TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", "{\"id\":{\"not\":\"an id\"}}", TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(7), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(1);

        harness.Handler.Messages.ShouldHaveSingleItem().Id.Value.ShouldBe(7UL);
        harness.Handler.Events.Count.ShouldBe(2);
        harness.Gateway.Connections.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task MessageCreateArrivesTyped()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1201), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(1);

        var message = harness.Handler.Messages.ShouldHaveSingleItem();
        message.ChannelId.Value.ShouldBe(600UL);
        message.GuildId!.Value.Value.ShouldBe(700UL);
        message.Author.Username.ShouldBe("asker");
        message.Content.ShouldBe("<@900> who imposed sanctions?");
        message.Mentions.ShouldHaveSingleItem().Id.Value.ShouldBe(900UL);
    }

    [Fact]
    public async Task InteractionThreadAndGuildEventsArriveTyped()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.PushDispatchAsync("INTERACTION_CREATE",
            DiscordEvents.Command("1", "tok", "ask", [new("question", "why?")]), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("THREAD_CREATE", DiscordEvents.ThreadCreate("610", "600", name: "answers"), TestContext.Current.CancellationToken);
        await harness.Gateway.PushDispatchAsync("GUILD_CREATE", DiscordEvents.GuildCreate(name: "Vendors"), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<GuildCreateDispatch>().Any(), "GUILD_CREATE");

        var interaction = harness.Handler.Events.OfType<InteractionCreateDispatch>().ShouldHaveSingleItem().Interaction;
        interaction.Type.ShouldBe(InteractionType.ApplicationCommand);
        interaction.Data!.Name.ShouldBe("ask");
        interaction.Data.FindOption("question")!.GetString().ShouldBe("why?");
        var thread = harness.Handler.Events.OfType<ThreadCreateDispatch>().ShouldHaveSingleItem().Thread;
        thread.IsThread.ShouldBeTrue();
        thread.ParentId!.Value.Value.ShouldBe(600UL);
        thread.NewlyCreated.ShouldBe(true);
        var guild = harness.Handler.Events.OfType<GuildCreateDispatch>().ShouldHaveSingleItem().Guild;
        guild.Name.ShouldBe("Vendors");
        guild.Channels.Single(channel => channel.Id.Value == 600).Name.ShouldBe("general");
    }
}
