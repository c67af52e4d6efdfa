using VendorBot.Discord.Fakes.Rest;

namespace VendorBot.Tests.EndToEnd;

/// <summary>A channel where the bot cannot write costs nothing: no typing, no reply, no 403 per message. Payloads are the docs'.</summary>
public sealed class ChannelPermissionTests
{
    private const string Covered = "What did Huawei threaten BES with?";

    [Fact]
    public async Task AChannelWhoseOverwritesDenySendingIsSkippedWithOneLogLine()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.Gateway.PushDispatchAsync("GUILD_CREATE", GuildCreate(everyoneDeny: "2048"), TestContext.Current.CancellationToken);
        var before = bot.Server.Rest.Requests.Count;

        await AskAsync(bot, "1");
        await AskAsync(bot, "2");
        var control = await AskAsync(bot, "3", channel: "601");
        await bot.WaitUntilAsync(() => bot.Server.Rest.RequestsTo("POST", "channels/601/messages").Count > 0, "the answer in the writable channel");

        bot.Server.Rest.Requests.Skip(before).ShouldNotContain(request => request.Path.StartsWith("channels/600/", StringComparison.Ordinal));
        bot.Logs.GetSnapshot().Count(record => record.Id.Id == 4119).ShouldBe(1);
        control.ShouldNotBeNull();
    }

    [Fact]
    public async Task ARoleOverwriteThatAllowsSendingWinsOverTheEveryoneDeny()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Server.Gateway.PushDispatchAsync("GUILD_CREATE", GuildCreate(everyoneDeny: "2048", botRoleAllow: "2048"), TestContext.Current.CancellationToken);

        await AskAsync(bot, "1");

        await bot.WaitUntilAsync(() => bot.Server.Rest.RequestsTo("POST", "channels/600/messages").Count > 0, "the answer");
    }

    [Fact]
    public async Task AFourOhThreeOnTypingSkipsTheChannelForLaterMessages()
    {
        await using var bot = await BotHarness.StartAsync(script: server =>
            server.Rest.Script("POST", "channels/600/typing", FakeRestReply.DiscordError(403, 50013, "Missing Permissions")));

        await AskAsync(bot, "1");
        await bot.WaitUntilAsync(() => bot.Logs.GetSnapshot().Any(record => record.Id.Id == 4119), "the skip line");
        await AskAsync(bot, "2");
        await AskAsync(bot, "3", channel: "601");
        await bot.WaitUntilAsync(() => bot.Server.Rest.RequestsTo("POST", "channels/601/messages").Count > 0, "the answer in the other channel");

        bot.Server.Rest.RequestsTo("POST", "channels/600/typing").ShouldHaveSingleItem().Status.ShouldBe(403);
        bot.Server.Rest.RequestsTo("POST", "channels/600/messages").ShouldBeEmpty();
    }

    // The bot (900) has role 700 when botRoleAllow is set; channel 600 carries the overwrites, 601 none.
    private static string GuildCreate(string everyoneDeny, string? botRoleAllow = null) => $$$"""
        {"id":"500","name":"Vendor watch","icon":null,"owner_id":"1","afk_channel_id":null,"afk_timeout":300,"verification_level":1,
         "default_message_notifications":0,"explicit_content_filter":0,"features":[],"mfa_level":0,"system_channel_id":null,
         "system_channel_flags":0,"rules_channel_id":null,"vanity_url_code":null,"description":null,"banner":null,"premium_tier":0,
         "preferred_locale":"en-US","public_updates_channel_id":null,"nsfw_level":0,"premium_progress_bar_enabled":false,
         "emojis":[],"stickers":[],"joined_at":"2025-01-01T00:00:00.000000+00:00","large":false,"unavailable":false,"member_count":3,
         "voice_states":[],"presences":[],"stage_instances":[],"guild_scheduled_events":[],"soundboard_sounds":[],"threads":[],
         "roles":[{"id":"500","name":"@everyone","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":0,
                   "permissions":"2251804225","managed":false,"mentionable":false,"flags":0},
                  {"id":"700","name":"VendorBot","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":1,
                   "permissions":"0","managed":true,"mentionable":false,"flags":0,"tags":{"bot_id":"900"}}],
         "members":[{"user":{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
                     "roles":[{{{(botRoleAllow is null ? "" : "\"700\"")}}}],"joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0}],
         "channels":[{"id":"600","type":0,"name":"read-only","position":0,"parent_id":null,"topic":null,"nsfw":false,"last_message_id":null,
                      "rate_limit_per_user":0,"flags":0,
                      "permission_overwrites":[{"id":"500","type":0,"allow":"0","deny":"{{{everyoneDeny}}}"}{{{(botRoleAllow is null ? "" : $",{{\"id\":\"700\",\"type\":0,\"allow\":\"{botRoleAllow}\",\"deny\":\"0\"}}")}}}]},
                     {"id":"601","type":0,"name":"general","position":1,"parent_id":null,"topic":null,"nsfw":false,"last_message_id":null,
                      "rate_limit_per_user":0,"flags":0,"permission_overwrites":[]}]}
        """;

    /// <summary>A MESSAGE_CREATE mentioning the bot, shaped as the docs show it (member without user).</summary>
    private static async Task<string> AskAsync(BotHarness bot, string suffix, string channel = "600")
    {
        var id = BotHarness.NextId();
        await bot.Server.Gateway.PushDispatchAsync("MESSAGE_CREATE", $$$"""
            {"id":"{{{id}}}","channel_id":"{{{channel}}}","guild_id":"500","type":0,"content":"<@900> {{{Covered}}} {{{suffix}}}","tts":false,"pinned":false,
             "mention_everyone":false,"mentions":[{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true}],
             "mention_roles":[],"attachments":[],"embeds":[],"components":[],"flags":0,
             "timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":null,
             "author":{"id":"42","username":"user42","discriminator":"0","global_name":"User 42","avatar":null},
             "member":{"roles":[],"joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0}}
            """, TestContext.Current.CancellationToken);
        return id.ToString();
    }
}
