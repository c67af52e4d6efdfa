using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewayOptionsTests
{
    [Fact]
    public void DefaultsFollowDiscordsGuidance()
    {
        var options = Resolve<DiscordGatewayOptions>(new() { ["Discord:Token"] = "t" });

        options.ReconnectMaxDelay.ShouldBe(TimeSpan.FromSeconds(60));
        options.InvalidSessionMinDelay.ShouldBe(TimeSpan.FromSeconds(1));
        options.InvalidSessionMaxDelay.ShouldBe(TimeSpan.FromSeconds(5));
        options.IdentifyInterval.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("Discord:Gateway:ReconnectBaseDelay", "00:00:10", "Discord:Gateway:ReconnectMaxDelay")]
    [InlineData("Discord:Gateway:ReconnectBaseDelay", "00:00:00", "Discord:Gateway:ReconnectBaseDelay")]
    [InlineData("Discord:Gateway:InvalidSessionMinDelay", "00:00:06", "Discord:Gateway:InvalidSessionMaxDelay")]
    [InlineData("Discord:Gateway:DispatchQueueCapacity", "0", "Discord:Gateway:DispatchQueueCapacity")]
    public void BadGatewaySettingsFailNamingTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["Discord:Token"] = "t", [key] = value };
        if (key.EndsWith("ReconnectBaseDelay", StringComparison.Ordinal) && value == "00:00:10")
        {
            settings["Discord:Gateway:ReconnectMaxDelay"] = "00:00:05";
        }

        var error = Should.Throw<OptionsValidationException>(() => Resolve<DiscordGatewayOptions>(settings));

        error.Message.ShouldContain(named);
    }

    [Fact]
    public void AMissingTokenFailsNamingTheKey()
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve<DiscordClientOptions>([]));

        error.Message.ShouldContain("Discord:Token is required");
    }

    [Theory]
    [InlineData("Bot MTA5ODc2NTQzMjE.secret-part.xyz", "starts with 'Bot '")]
    [InlineData("bot MTA5ODc2NTQzMjE.secret-part.xyz", "starts with 'Bot '")]
    [InlineData(" MTA5ODc2NTQzMjE.secret-part.xyz\n", "spaces or line breaks")]
    public void ATokenConfiguredWithTheBotPrefixOrWhitespaceIsRejectedAtStartWithoutShowingIt(string token, string message)
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve<DiscordClientOptions>(new() { ["Discord:Token"] = token }));

        error.Message.ShouldContain(message);
        error.Message.ShouldNotContain("secret-part");
    }

    [Fact]
    public void AShardIdOutsideTheShardCountFailsNamingTheKeys()
    {
        var error = Should.Throw<OptionsValidationException>(() => Resolve<DiscordClientOptions>(new()
        {
            ["Discord:Token"] = "t",
            ["Discord:ShardId"] = "2",
            ["Discord:ShardCount"] = "2",
        }));

        error.Message.ShouldContain("Discord:ShardId");
    }

    private static T Resolve<T>(Dictionary<string, string?> settings)
        where T : class
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddDiscordGateway()
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<T>>().Value;
    }
}
