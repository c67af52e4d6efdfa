using Microsoft.Extensions.DependencyInjection;
using VendorBot.Bot.Interactions;
using VendorBot.Discord.Commands;
using VendorBot.Tests.EndToEnd;

namespace VendorBot.Tests.Bot.Interactions;

public sealed class CommandDeclarationTests
{
    [Fact]
    public void AnAdminCommandIsOfferedToManageServerAndOnlyInGuilds()
    {
        var definition = new CommandDeclaration { Name = "tidy", Description = "Tidy up (admins).", Admins = new AdminOnly("tidy up") }.Definition;

        definition.DefaultMemberPermissions.ShouldBe("32");
        definition.Contexts.ShouldBe([InteractionContextType.Guild]);
        definition.IntegrationTypes.ShouldBe([ApplicationIntegrationType.GuildInstall]);
    }

    [Fact]
    public void ACommandForEveryoneIsUsableInGuildsAndInDirectMessages()
    {
        var definition = new CommandDeclaration { Name = "look", Description = "Look around." }.Definition;

        definition.DefaultMemberPermissions.ShouldBeNull();
        definition.Contexts.ShouldBe([InteractionContextType.Guild, InteractionContextType.BotDm]);
    }

    [Fact]
    public void TheAdminRefusalSaysWhoMayDoWhat() =>
        new AdminOnly("tidy up").Refusal.ShouldBe("Sorry, only server admins (Manage Server) can tidy up.");

    [Fact]
    public async Task TwoCommandsDeclaringTheSameNameStopTheRouterFromBeingBuilt()
    {
        var (folder, server, host) = await BotHarness.CreateAsync(services: s => s.AddCommand<HelpCommand>());
        await using (server)
        using (host)
        {
            var failure = Should.Throw<InvalidOperationException>(() => host.Services.GetRequiredService<InteractionRouter>());
            failure.Message.ShouldContain("command name 'help'");
        }

        Directory.Delete(folder, recursive: true);
    }
}
