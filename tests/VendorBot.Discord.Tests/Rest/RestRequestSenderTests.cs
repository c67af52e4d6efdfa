using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>The sender's bucket timing driven by a FakeTimeProvider over an in-memory handler.</summary>
public sealed class RestRequestSenderTests : IDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private IMeterFactory MeterFactory => _meters.GetRequiredService<IMeterFactory>();

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TheNextRequestWaitsForTheBucketResetBeforeItIsSent()
    {
        using var handler = new CountingHandler(remaining: 0, resetAfterSeconds: 5);
        var sender = CreateSender(handler);
        var route = RestRoutes.TriggerTyping(new Snowflake(600));
        await sender.SendAsync(route, null, Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);

        var second = sender.SendAsync(route, null, Some.Ct);
        await Task.Delay(50, Some.Ct);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(50, Some.Ct);
        handler.Count.ShouldBe(1);

        _time.Advance(TimeSpan.FromSeconds(0.1) + DiscordRestConstants.ResetMargin);
        await second.WaitAsync(TimeSpan.FromSeconds(5), Some.Ct);
        handler.Count.ShouldBe(2);
    }

    [Fact]
    public async Task AWaitLongerThanMaxWaitFailsWithoutSending()
    {
        using var handler = new CountingHandler(remaining: 0, resetAfterSeconds: 120);
        var sender = CreateSender(handler);
        var route = RestRoutes.TriggerTyping(new Snowflake(600));
        await sender.SendAsync(route, null, Some.Ct);

        var error = await Should.ThrowAsync<DiscordRestException>(sender.SendAsync(route, null, Some.Ct).WaitAsync(TimeSpan.FromSeconds(5), Some.Ct));

        error.Failure.ShouldBe(DiscordRestFailure.RateLimited);
        handler.Count.ShouldBe(1);
    }

    private RestRequestSender CreateSender(HttpMessageHandler handler)
    {
        var client = Options.Create(new DiscordClientOptions { Token = "t", RestBaseUrl = new Uri("http://discord.invalid/api/v10/") });
        var rest = Options.Create(new DiscordRestOptions { MaxWait = TimeSpan.FromSeconds(30) });
        return new RestRequestSender(new SingleClientFactory(handler, client.Value.RestBaseUrl), client, rest,
            new RateLimitRegistry(_time, rest), new RetryBackoff(new Random(1)), _time, new RestMetrics(MeterFactory), new DiscordTokenStatus(), NullLogger<RestRequestSender>.Instance);
    }

    public void Dispose() => _meters.Dispose();

    private sealed class CountingHandler(int remaining, double resetAfterSeconds) : HttpMessageHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            var response = new HttpResponseMessage(HttpStatusCode.NoContent);
            response.Headers.Add(DiscordRestConstants.RemainingHeader, remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Headers.Add(DiscordRestConstants.ResetAfterHeader, resetAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Headers.Add(DiscordRestConstants.BucketHeader, "typing");
            return Task.FromResult(response);
        }
    }

    private sealed class SingleClientFactory(HttpMessageHandler handler, Uri baseAddress) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = baseAddress };
    }
}
