using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// Threads the bot learns from GUILD_CREATE's active threads and THREAD_CREATE's thread member, so that after a restart
/// a thread still inherits its channel's settings and the bot's own threads are still answered. Payloads are the docs'.
/// </summary>
public sealed class ThreadTests
{
    private const string Covered = "What did Huawei threaten BES with?";

    [Fact]
    public async Task AThreadKnownOnlyFromGuildCreateInheritsItsChannelsAutoAnswer()
    {
        await using var bot = await BotHarness.StartAsync();
        await TurnOnAutoAnswerAsync(bot);
        var thread = BotHarness.NextId();

        await PushAsync(bot, "GUILD_CREATE", GuildCreate(thread, ownerId: "42"));
        var question = await AskAsync(bot, thread);

        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    [Fact]
    public async Task TheBotsOwnThreadFromGuildCreateIsAnsweredWithoutAMention()
    {
        await using var bot = await BotHarness.StartAsync();
        var thread = BotHarness.NextId();

        await PushAsync(bot, "GUILD_CREATE", GuildCreate(thread, ownerId: BotHarness.BotUserId.ToString()));
        var question = await AskAsync(bot, thread);

        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    [Fact]
    public async Task AThreadTheBotWasAddedToIsAnsweredWithoutAMention()
    {
        await using var bot = await BotHarness.StartAsync();
        var thread = BotHarness.NextId();

        // THREAD_CREATE as sent when the bot is added to an existing private thread: with a thread member, no newly_created.
        await PushAsync(bot, "THREAD_CREATE", $$$"""
            {"id":"{{{thread}}}","type":12,"guild_id":"500","parent_id":"600","owner_id":"42","name":"private talk","last_message_id":null,
             "rate_limit_per_user":0,"message_count":3,"member_count":2,"flags":0,"total_message_sent":3,
             "thread_metadata":{"archived":false,"auto_archive_duration":1440,"archive_timestamp":"2026-01-01T00:00:00.000000+00:00","locked":false,"invitable":false},
             "member":{"id":"{{{thread}}}","user_id":"900","join_timestamp":"2026-01-01T00:00:00.000000+00:00","flags":0}}
            """);
        var question = await AskAsync(bot, thread);

        (await bot.WaitForReplyAsync(question))["content"]!.GetValue<string>().ShouldContain("cancel the deal");
    }

    // @everyone may view channels, send messages and send messages in threads (the bot checks the last one in threads).
    private static string GuildCreate(Snowflake thread, string ownerId) => $$$"""
        {"id":"500","name":"Vendor watch","icon":null,"owner_id":"1","afk_channel_id":null,"afk_timeout":300,"verification_level":1,
         "default_message_notifications":0,"explicit_content_filter":0,"features":[],"mfa_level":0,"system_channel_id":null,
         "system_channel_flags":0,"rules_channel_id":null,"vanity_url_code":null,"description":null,"banner":null,"premium_tier":0,
         "preferred_locale":"en-US","public_updates_channel_id":null,"nsfw_level":0,"premium_progress_bar_enabled":false,
         "emojis":[],"stickers":[],"joined_at":"2025-01-01T00:00:00.000000+00:00","large":false,"unavailable":false,"member_count":3,
         "voice_states":[],"presences":[],"stage_instances":[],"guild_scheduled_events":[],"soundboard_sounds":[],
         "roles":[{"id":"500","name":"@everyone","color":0,"hoist":false,"icon":null,"unicode_emoji":null,"position":0,
                   "permissions":"277129711169","managed":false,"mentionable":false,"flags":0}],
         "members":[{"user":{"id":"900","username":"VendorBot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
                     "roles":[],"joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0}],
         "channels":[{"id":"600","type":0,"name":"general","position":0,"parent_id":null,"topic":null,"nsfw":false,"last_message_id":null,
                      "rate_limit_per_user":0,"permission_overwrites":[],"flags":0}],
         "threads":[{"id":"{{{thread}}}","type":11,"guild_id":"500","parent_id":"600","owner_id":"{{{ownerId}}}","name":"a post",
                     "last_message_id":null,"rate_limit_per_user":0,"message_count":1,"member_count":1,"flags":0,"total_message_sent":1,
                     "thread_metadata":{"archived":false,"auto_archive_duration":1440,"archive_timestamp":"2026-01-01T00:00:00.000000+00:00","locked":false}}]}
        """;

    /// <summary>An unmentioned MESSAGE_CREATE in <paramref name="channel"/>, shaped as the docs show it (member without user).</summary>
    private static async Task<TestMessage> AskAsync(BotHarness bot, Snowflake channel)
    {
        var id = BotHarness.NextId();
        var json = $$$"""
            {"id":"{{{id}}}","channel_id":"{{{channel}}}","guild_id":"500","type":0,"content":"{{{Covered}}}","tts":false,"pinned":false,
             "mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"components":[],"flags":0,
             "timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":null,
             "author":{"id":"42","username":"user42","discriminator":"0","global_name":"User 42","avatar":null},
             "member":{"roles":[],"joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0}}
            """;
        await PushAsync(bot, "MESSAGE_CREATE", json);
        return new TestMessage(id, json);
    }

    private static async Task TurnOnAutoAnswerAsync(BotHarness bot)
    {
        var id = BotHarness.NextId();
        await PushAsync(bot, "INTERACTION_CREATE", $$$"""
            {"id":"{{{id}}}","application_id":"950","type":2,"token":"itoken-{{{id}}}","version":1,"guild_id":"500","channel_id":"600",
             "channel":{"id":"600","type":0,"guild_id":"500","name":"general"},
             "member":{"user":{"id":"42","username":"user42","discriminator":"0","global_name":null,"avatar":null},"roles":[],
                       "joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"permissions":"32"},
             "app_permissions":"2251804225","locale":"en-US","guild_locale":"en-US","entitlements":[],
             "authorizing_integration_owners":{"0":"500"},"context":0,
             "data":{"id":"1107","name":"settings","type":1,"options":[{"name":"auto_answer","type":5,"value":true}]}}
            """);
        await bot.WaitUntilAsync(() => bot.Server.Rest.Requests.Any(request => request.Path.StartsWith($"interactions/{id}/", StringComparison.Ordinal)), "the settings reply");
    }

    private static Task PushAsync(BotHarness bot, string name, string json) =>
        bot.Server.Gateway.PushDispatchAsync(name, json, TestContext.Current.CancellationToken);
}
