using VendorBot.Discord.Entities;
using VendorBot.Discord.Tests.Rest;

namespace VendorBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    private static readonly Snowflake Guild = new(700);

    [Fact]
    public async Task ASecondStartWithTheSameCommandsSendsNoPut()
    {
        await using var harness = await RestHarness.StartAsync();

        var first = await harness.Registrar.RegisterAsync(Some.Application, null, CommandSet.All(), Some.Ct);
        var second = await harness.Registrar.RegisterAsync(Some.Application, null, CommandSet.All().Reverse().ToList(), Some.Ct);

        first.Overwritten.ShouldBeTrue();
        second.Overwritten.ShouldBeFalse();
        second.Commands.ShouldAllBe(command => command.Id != null);
        harness.Server.Rest.Requests.Select(request => $"{request.Method} {request.Path}").ShouldBe([
            "GET applications/1000/commands", "PUT applications/1000/commands", "GET applications/1000/commands",
        ]);
    }

    [Fact]
    public async Task AChangedCommandIsOverwrittenOnTheGuildRoute()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Registrar.RegisterAsync(Some.Application, Guild, CommandSet.All(), Some.Ct);
        var changed = CommandSet.All().Select(command => command.Name == "help" ? command with { Description = "Help, reworded" } : command).ToList();

        var result = await harness.Registrar.RegisterAsync(Some.Application, Guild, changed, Some.Ct);

        result.Overwritten.ShouldBeTrue();
        result.Commands.Single(command => command.Name == "help").Description.ShouldBe("Help, reworded");
        harness.Server.Rest.Requests.Count(request => request.Method == "PUT" && request.Path == "applications/1000/guilds/700/commands").ShouldBe(2);
        harness.Server.Rest.Requests.ShouldAllBe(request => request.Authorization == "Bot " + RestHarness.Token);
    }

    [Fact]
    public async Task InvalidCommandsAreRejectedBeforeAnythingIsSent()
    {
        await using var harness = await RestHarness.StartAsync();

        await Should.ThrowAsync<VendorBot.Discord.Rest.DiscordLimitException>(() =>
            harness.Registrar.RegisterAsync(Some.Application, null, [CommandSet.Help() with { Name = "Help" }], Some.Ct));

        harness.Server.Rest.Requests.ShouldBeEmpty();
    }
}
