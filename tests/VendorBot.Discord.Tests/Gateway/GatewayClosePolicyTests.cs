using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

public sealed class GatewayClosePolicyTests
{
    [Theory]
    [InlineData(null, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(1011, "Resume")]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1000, "Reidentify")]
    [InlineData(1001, "Reidentify")]
    [InlineData(4003, "Reidentify")]
    [InlineData(4005, "Reidentify")]
    [InlineData(4007, "Reidentify")]
    [InlineData(4009, "Reidentify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Fatal")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    public void EachCloseCodeMapsToItsAction(int? code, string expected) =>
        GatewayClosePolicy.Classify(code).ToString().ShouldBe(expected);

    [Fact]
    public void DisallowedIntentsNamesEachPrivilegedIntent() =>
        GatewayClosePolicy.DescribeFatal(4014, GatewayIntents.Guilds | GatewayIntents.GuildMembers | GatewayIntents.MessageContent)
            .ShouldContain("MESSAGE_CONTENT and GUILD_MEMBERS");
}
