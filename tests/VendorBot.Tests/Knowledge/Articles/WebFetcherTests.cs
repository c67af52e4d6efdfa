using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private ArticleWebServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ArticleWebServer.StartAsync();
        _server.MapContent("/article", "text/html; charset=utf-8", ArticlePages.News);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task APageOnAnExplicitlyAllowedLoopbackHostIsFetched()
    {
        using var fetcher = FetcherFactory.Create();

        var page = await fetcher.FetchAsync(new FetchRequest(_server.Url("/article"), "test"), TestContext.Current.CancellationToken);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.MediaType.ShouldBe("text/html");
        page.Charset.ShouldBe("utf-8");
        System.Text.Encoding.UTF8.GetString(page.Body).ShouldContain("Norvatel");
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/article")]
    [InlineData("http://2130706433:{port}/article")]
    [InlineData("http://0177.0.0.1:{port}/article")]
    [InlineData("http://0x7f.1:{port}/article")]
    [InlineData("http://0x7f000001:{port}/article")]
    [InlineData("http://127.1:{port}/article")]
    [InlineData("http://[::1]:{port}/article")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/article")]
    [InlineData("http://[64:ff9b::7f00:1]:{port}/article")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.16.5.4/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://100.64.1.1/")]
    [InlineData("http://0.0.0.0:{port}/article")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://255.255.255.255/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fc00::1]/")]
    [InlineData("http://[ff02::1]/")]
    public async Task EveryInternalAddressIsRefusedWhenNotAllowedAndNothingIsSent(string link)
    {
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options(allowLoopback: false));
        var uri = new Uri(link.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(uri, "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("not fetched");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AHostNameResolvingToLoopbackIsRefusedWhenOnlyTheLiteralIsAllowed()
    {
        var resolver = new FixedResolver(new() { ["news.example.test"] = [IPAddress.Loopback] });
        using var fetcher = FetcherFactory.Create(resolver: resolver);

        var refused = await Should.ThrowAsync<DocumentFetchException>(() => fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://news.example.test:{_server.Port}/article"), "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("resolves to 127.0.0.1, a loopback address");
        resolver.Asked.ShouldBe(["news.example.test"]);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AHostWithOneInternalAddressAmongPublicOnesIsRefused()
    {
        var resolver = new FixedResolver(new() { ["mixed.example.test"] = [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback] });
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options(allowLoopback: false), resolver);

        await Should.ThrowAsync<DocumentFetchException>(() => fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://mixed.example.test:{_server.Port}/article"), "test"), TestContext.Current.CancellationToken));

        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task TheConnectionGoesToTheAddressThatWasCheckedNotToASecondLookup()
    {
        // The name resolves (only through the injected resolver) to 127.0.0.1, which an allowed network covers; the
        // system resolver does not know the name, so a request arriving at the server proves the checked address was used.
        var options = FetcherFactory.Options(allowLoopback: false);
        options.AllowedNetworks.Add("127.0.0.1/32");
        var resolver = new FixedResolver(new() { ["news.example.test"] = [IPAddress.Loopback] });
        using var fetcher = FetcherFactory.Create(options, resolver);

        var page = await fetcher.FetchAsync(
            new FetchRequest(new Uri($"http://news.example.test:{_server.Port}/article"), "test"), TestContext.Current.CancellationToken);

        page.Status.ShouldBe(HttpStatusCode.OK);
        _server.Requests.Single().Headers.Host.ToString().ShouldBe($"news.example.test:{_server.Port}");
    }

    [Fact]
    public async Task ARedirectToAPrivateAddressIsRefused()
    {
        _server.MapRedirect("/go", "http://169.254.169.254/latest/meta-data/iam/");
        using var fetcher = FetcherFactory.Create();

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(_server.Url("/go"), "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("cloud metadata");
    }

    [Fact]
    public async Task ARedirectToANameResolvingToLoopbackIsRefused()
    {
        var resolver = new FixedResolver(new() { ["rebind.example.test"] = [IPAddress.Loopback] });
        _server.MapRedirect("/go", $"http://rebind.example.test:{_server.Port}/article");
        using var fetcher = FetcherFactory.Create(resolver: resolver);

        await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(_server.Url("/go"), "test"), TestContext.Current.CancellationToken));

        _server.Requests.Select(r => r.Path).ShouldBe(["/go"]);
    }

    [Fact]
    public async Task ARedirectChainOfFiveIsFollowedAndASixthIsRefused()
    {
        for (var i = 1; i <= 6; i++)
        {
            _server.MapRedirect($"/r{i}", i == 6 ? "/article" : $"/r{i + 1}", i % 2 == 0 ? 301 : 307);
        }

        using var fetcher = FetcherFactory.Create();

        var page = await fetcher.FetchAsync(new FetchRequest(_server.Url("/r2"), "test"), TestContext.Current.CancellationToken);
        page.Uri.AbsolutePath.ShouldBe("/article");

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(_server.Url("/r1"), "test"), TestContext.Current.CancellationToken));
        refused.Message.ShouldContain("too many redirects");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ABodyOverTheCapIsRefusedWhileStreaming(bool declaresLength)
    {
        const int size = 20 * 1024 * 1024;
        var sent = 0L;
        _server.Map("/big", async context =>
        {
            context.Response.ContentType = "text/html";
            if (declaresLength)
            {
                context.Response.ContentLength = size;
            }

            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                for (var written = 0; written < size; written += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref sent, chunk.Length);
                }
            }
            catch (OperationCanceledException)
            {
                // the client hung up, as it should
            }
        });
        using var fetcher = FetcherFactory.Create();

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(_server.Url("/big"), "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("larger than 10 MB");
    }

    [Fact]
    public async Task ASlowBodyTimesOutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Map("/slow", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><p>The first words arrive", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // the client gave up
            }
        });
        using var fetcher = FetcherFactory.Create(time: time);

        var fetch = fetcher.FetchAsync(new FetchRequest(_server.Url("/slow"), "test"), TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(21));

        var refused = await Should.ThrowAsync<DocumentFetchException>(() => fetch.WaitAsync(TimeSpan.FromSeconds(10)));
        refused.Message.ShouldContain("timed out after 20 s");
    }

    [Fact]
    public async Task AContentTypeNotOnTheListIsRefused()
    {
        _server.MapContent("/image", "image/png", [0x89, 0x50, 0x4e, 0x47]);
        using var fetcher = FetcherFactory.Create();

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(_server.Url("/image"), "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain("'image/png' is not accepted");
    }

    [Theory]
    [InlineData("http://user:secret@127.0.0.1:{port}/article", "user name or password")]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("ftp://127.0.0.1/file", "only http and https")]
    [InlineData("gopher://127.0.0.1:{port}/", "only http and https")]
    public async Task LinksOfOtherSchemesOrWithCredentialsAreRefused(string link, string reason)
    {
        using var fetcher = FetcherFactory.Create();
        var uri = new Uri(link.Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var refused = await Should.ThrowAsync<DocumentFetchException>(
            () => fetcher.FetchAsync(new FetchRequest(uri, "test"), TestContext.Current.CancellationToken));

        refused.Message.ShouldContain(reason);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task AttachmentsComeOnlyFromTheConfiguredHosts()
    {
        using var cdnOnly = FetcherFactory.Create(FetcherFactory.Options(allowLoopback: true));
        var refused = await Should.ThrowAsync<DocumentFetchException>(() => cdnOnly.FetchAttachmentAsync(
            new FetchRequest(_server.Url("/article"), "test"), TestContext.Current.CancellationToken));
        refused.Message.ShouldContain("cdn.discordapp.com, media.discordapp.net");

        using var local = FetcherFactory.Create(FetcherFactory.Options(true, "127.0.0.1"));
        var file = await local.FetchAttachmentAsync(new FetchRequest(_server.Url("/article"), "test"), TestContext.Current.CancellationToken);
        file.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AConditionalGetSendsTheValidatorsAndReportsNotModified()
    {
        _server.Map("/feed", context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("fresh");
        });
        using var fetcher = FetcherFactory.Create();

        var first = await fetcher.FetchAsync(new FetchRequest(_server.Url("/feed"), "test"), TestContext.Current.CancellationToken);
        var second = await fetcher.FetchAsync(new FetchRequest(_server.Url("/feed"), "test") { ETag = first.ETag }, TestContext.Current.CancellationToken);

        first.ETag.ShouldBe("\"v1\"");
        second.NotModified.ShouldBeTrue();
        second.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryFetchIsLoggedWithWhoAskedAndWithoutTheQuery()
    {
        var logger = new FakeLogger<WebFetcher>();
        using var fetcher = FetcherFactory.Create(logger: logger);

        await fetcher.FetchAsync(new FetchRequest(_server.Url("/article?token=s3cret"), "discord:42"), TestContext.Current.CancellationToken);
        await Should.ThrowAsync<DocumentFetchException>(() => fetcher.FetchAsync(
            new FetchRequest(new Uri("http://10.0.0.1/?key=s3cret"), "discord:42"), TestContext.Current.CancellationToken));

        var records = logger.Collector.GetSnapshot();
        records.Count.ShouldBe(2);
        records.ShouldAllBe(record => record.Message.Contains("discord:42") && !record.Message.Contains("s3cret"));
        records[0].StructuredState!.ShouldContain(pair => pair.Key == "Requester" && pair.Value == "discord:42");
    }
}
