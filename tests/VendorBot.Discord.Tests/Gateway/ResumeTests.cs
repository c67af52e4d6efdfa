using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class ResumeTests
{
    [Fact]
    public async Task ResumeAfterADropDeliversMissedEventsOnceAndInOrder()
    {
        await using var harness = await GatewayHarness.ReadyAsync(script: gateway => gateway.ReplayOverlap = 2);
        for (var id = 1; id <= 3; id++)
        {
            await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(id), TestContext.Current.CancellationToken);
        }

        await harness.Handler.WaitForMessagesAsync(3);

        harness.Gateway.DropConnection();
        for (var id = 4; id <= 6; id++)
        {
            await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(id), TestContext.Current.CancellationToken);
        }

        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any() && handler.Messages.Count >= 6, "the replay and RESUMED");

        harness.Handler.Messages.Select(message => message.Id.Value).ShouldBe([1UL, 2, 3, 4, 5, 6]);
        var resume = harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem();
        resume.Connection.ShouldBe(2);
        resume.Data.GetProperty("session_id").GetString().ShouldBe(harness.Client.SessionId);
        resume.Data.GetProperty("seq").GetInt64().ShouldBe(4);
        resume.Data.GetProperty("token").GetString().ShouldBe(GatewayHarness.Token);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
        harness.Client.State.ShouldBe(GatewayState.Connected);
    }

    [Fact]
    public async Task ReconnectRequestClosesResumablyAndResumes()
    {
        await using var harness = await GatewayHarness.ReadyAsync();
        var sessionId = harness.Client.SessionId;
        using var reconnects = new MetricCollector<long>(
            harness.Services.GetRequiredService<IMeterFactory>(), "VendorBot.Discord", "vendorbot.discord.gateway.reconnects");

        await harness.Gateway.SendReconnectAsync();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any(), "RESUMED");

        harness.Gateway.Connections[0].ClientCloseCode.ShouldBe(4000);
        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem().Data.GetProperty("session_id").GetString().ShouldBe(sessionId);
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
        harness.Client.SessionId.ShouldBe(sessionId);
        reconnects.GetMeasurementSnapshot().ShouldHaveSingleItem().Tags["action"].ShouldBe("Resume");
    }

    [Fact]
    public async Task ResumableInvalidSessionResumes()
    {
        await using var harness = await GatewayHarness.ReadyAsync();

        await harness.Gateway.SendInvalidSessionAsync(resumable: true);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ResumedDispatch>().Any(), "RESUMED");

        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem();
        harness.Gateway.ReceivedWithOp(2).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task InvalidSessionIdentifiesAfreshAfterTheInjectedDelay()
    {
        await using var harness = await GatewayHarness.ReadyAsync(options =>
        {
            options.Settings["Discord:Gateway:InvalidSessionMinDelay"] = "00:00:00.300";
            options.Settings["Discord:Gateway:InvalidSessionMaxDelay"] = "00:00:00.300";
        });
        var firstSession = harness.Client.SessionId;
        var sent = TimeProvider.System.GetTimestamp();

        await harness.Gateway.SendInvalidSessionAsync(resumable: false);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "a second READY");

        TimeProvider.System.GetElapsedTime(sent).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300));
        harness.Gateway.ReceivedWithOp(2).Count.ShouldBe(2);
        harness.Gateway.ReceivedWithOp(6).ShouldBeEmpty();
        harness.Client.SessionId.ShouldNotBe(firstSession);
    }

    [Fact]
    public async Task RejectedResumeFallsBackToAFreshIdentify()
    {
        await using var harness = await GatewayHarness.ReadyAsync();
        harness.Gateway.RejectResume = true;

        harness.Gateway.DropConnection();
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "a second READY");

        harness.Gateway.ReceivedWithOp(6).ShouldHaveSingleItem();
        harness.Gateway.ReceivedWithOp(2).Count.ShouldBe(2);
    }

    [Fact]
    public async Task EventsAfterAFreshIdentifyStartAgainFromTheNewSessionsSequence()
    {
        await using var harness = await GatewayHarness.ReadyAsync();
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(1), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(1);

        await harness.Gateway.CloseAsync(4009);
        await harness.Handler.WaitForAsync(handler => handler.Events.OfType<ReadyDispatch>().Count() == 2, "a second READY");
        await harness.Gateway.PushDispatchAsync("MESSAGE_CREATE", Some.MessageJson(2), TestContext.Current.CancellationToken);
        await harness.Handler.WaitForMessagesAsync(2);

        harness.Handler.Events.OfType<MessageCreateDispatch>().Select(dispatch => dispatch.Sequence).ShouldBe([2L, 2L]);
    }
}
