using Microsoft.Extensions.Options;
using VendorBot.Bot;
using VendorBot.Bot.Interactions;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Interactions;

public sealed class AdminPolicyTests
{
    private static Interaction By(Permissions permissions, params ulong[] roles) => new()
    {
        Id = Some.Id(),
        GuildId = Some.Guild,
        Member = new GuildMember
        {
            User = Some.Person(42),
            Permissions = permissions.ToDiscordString(),
            Roles = roles.Select(r => new Snowflake(r)).ToList(),
        },
    };

    private static AdminPolicy Policy(Action<BotOptions>? configure = null)
    {
        var options = new BotOptions();
        configure?.Invoke(options);
        return new AdminPolicy(Options.Create(options));
    }

    [Theory]
    [InlineData(Permissions.ManageGuild, true)]
    [InlineData(Permissions.Administrator, true)]
    [InlineData(Permissions.ManageGuild | Permissions.SendMessages, true)]
    [InlineData(Permissions.SendMessages | Permissions.ManageMessages, false)]
    [InlineData(Permissions.None, false)]
    public void ManageGuildOrAdministratorMakesAnAdmin(Permissions permissions, bool admin) =>
        Policy().IsAdmin(By(permissions)).ShouldBe(admin);

    [Fact]
    public void AConfiguredRoleOrUserMakesAnAdmin()
    {
        Policy(o => o.AdminRoleIds.Add(77)).IsAdmin(By(Permissions.SendMessages, 77)).ShouldBeTrue();
        Policy(o => o.AdminUserIds.Add(42)).IsAdmin(By(Permissions.None)).ShouldBeTrue();
        Policy(o => o.AdminRoleIds.Add(77)).IsAdmin(By(Permissions.SendMessages, 78)).ShouldBeFalse();
    }

    [Fact]
    public void ADirectMessageInvokerIsNotAnAdminUnlessListed()
    {
        var dm = new Interaction { Id = Some.Id(), User = Some.Person(42) };

        Policy().IsAdmin(dm).ShouldBeFalse();
        Policy(o => o.AdminUserIds.Add(42)).IsAdmin(dm).ShouldBeTrue();
    }
}
