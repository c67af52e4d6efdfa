using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Tests.Entities;

/// <summary>The docs' permission overwrite order: @everyone, then the member's roles together, then the member.</summary>
public sealed class ChannelPermissionsTests
{
    private static readonly Snowflake GuildId = new(500);
    private static readonly Snowflake Bot = new(900);
    private static readonly Snowflake BotRole = new(700);
    private const string Send = "2048";

    private static Guild Guild(string everyone = "3072", string botRole = "0") => new()
    {
        Id = GuildId,
        OwnerId = new Snowflake(1),
        Roles = [new Role { Id = GuildId, Name = "@everyone", Permissions = everyone }, new Role { Id = BotRole, Name = "bot", Permissions = botRole }],
    };

    private static Channel Channel(params PermissionOverwrite[] overwrites) => new() { Id = new Snowflake(600), PermissionOverwrites = overwrites };

    private static PermissionOverwrite Overwrite(Snowflake id, int type, string allow = "0", string deny = "0") => new() { Id = id, Type = type, Allow = allow, Deny = deny };

    [Fact]
    public void AnEveryoneDenyTakesSendingAway() =>
        ChannelPermissions.In(Guild(), Bot, [BotRole], Channel(Overwrite(GuildId, 0, deny: Send))).Grants(Permissions.SendMessages).ShouldBeFalse();

    [Fact]
    public void ARoleAllowBeatsTheEveryoneDeny() =>
        ChannelPermissions.In(Guild(), Bot, [BotRole], Channel(Overwrite(GuildId, 0, deny: Send), Overwrite(BotRole, 0, allow: Send)))
            .Grants(Permissions.SendMessages).ShouldBeTrue();

    [Fact]
    public void AMemberDenyBeatsARoleAllow() =>
        ChannelPermissions.In(Guild(), Bot, [BotRole], Channel(Overwrite(BotRole, 0, allow: Send), Overwrite(Bot, 1, deny: Send)))
            .Grants(Permissions.SendMessages).ShouldBeFalse();

    [Fact]
    public void AnOverwriteForARoleTheMemberLacksChangesNothing() =>
        ChannelPermissions.In(Guild(), Bot, [], Channel(Overwrite(BotRole, 0, deny: Send))).Grants(Permissions.SendMessages).ShouldBeTrue();

    [Fact]
    public void AdministratorsAndTheOwnerIgnoreOverwrites()
    {
        var denied = Channel(Overwrite(GuildId, 0, deny: Send));

        ChannelPermissions.In(Guild(botRole: "8"), Bot, [BotRole], denied).ShouldBe(ChannelPermissions.All);
        ChannelPermissions.In(Guild() with { OwnerId = Bot }, Bot, [], denied).ShouldBe(ChannelPermissions.All);
    }
}
