using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;

namespace VendorBot.Tests.EndToEnd;

/// <summary>Discord accepts only callback type 8 for an autocomplete: failures and restarts answer with empty choices.</summary>
public sealed class AutocompleteTests
{
    [Fact]
    public async Task AnAutocompleteThatFailsGetsEmptyChoicesNotAnApology()
    {
        await using var bot = await BotHarness.StartAsync();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(bot.Folder, "vendorbot.db")};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE document_vendors;";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var id = BotHarness.NextId();
        await bot.Server.Gateway.PushDispatchAsync("INTERACTION_CREATE", AutocompleteJson(id, "ac"), TestContext.Current.CancellationToken);

        var callback = await WaitForCallbackAsync(bot, id);
        callback["type"]!.GetValue<int>().ShouldBe(8);
        callback["data"]!["choices"]!.AsArray().ShouldBeEmpty();
        bot.Server.Rest.Requests.ShouldNotContain(request => request.Path.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAutocompleteWhileTheBotIsRestartingGetsEmptyChoices()
    {
        var scripted = new ScriptedAnswerService { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var bot = await BotHarness.StartAsync(services: s => s.AddSingleton<IAnswerService>(scripted));
        await bot.SendAsync(BotHarness.Question("slow question"));
        await scripted.Started.Task.WaitAsync(BotHarness.Patience, TestContext.Current.CancellationToken);
        var stopping = bot.Host.StopAsync(TestContext.Current.CancellationToken);

        var id = BotHarness.NextId();
        await bot.Server.Gateway.PushDispatchAsync("INTERACTION_CREATE", AutocompleteJson(id, "ac"), TestContext.Current.CancellationToken);
        var callback = await WaitForCallbackAsync(bot, id);
        scripted.Gate.SetResult();
        await stopping.WaitAsync(BotHarness.Patience, TestContext.Current.CancellationToken);

        callback["type"]!.GetValue<int>().ShouldBe(8);
        callback["data"]!["choices"]!.AsArray().ShouldBeEmpty();
    }

    // An APPLICATION_COMMAND_AUTOCOMPLETE interaction as the docs show it: the focused option is not the first one.
    private static string AutocompleteJson(VendorBot.Discord.Entities.Snowflake id, string typed) => $$$"""
        {"id":"{{{id}}}","application_id":"950","type":4,"token":"itoken-{{{id}}}","version":1,"guild_id":"500","channel_id":"600",
         "channel":{"id":"600","type":0,"guild_id":"500","name":"general"},
         "member":{"user":{"id":"42","username":"user42","discriminator":"0","global_name":null,"avatar":null},"roles":[],
                   "joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"permissions":"2048"},
         "app_permissions":"2048","locale":"en-US","guild_locale":"en-US","entitlements":[],"authorizing_integration_owners":{"0":"500"},"context":0,
         "data":{"id":"1100","name":"ask","type":1,
                 "options":[{"name":"question","type":3,"value":"what happened"},{"name":"vendor","type":3,"value":"{{{typed}}}","focused":true}]}}
        """;

    private static async Task<JsonObject> WaitForCallbackAsync(BotHarness bot, VendorBot.Discord.Entities.Snowflake id)
    {
        var path = $"interactions/{id}/";
        await bot.WaitUntilAsync(() => bot.Server.Rest.Requests.Any(request => request.Path.StartsWith(path, StringComparison.Ordinal)), "the autocomplete callback");
        return (JsonObject)JsonNode.Parse(bot.Server.Rest.Requests.First(request => request.Path.StartsWith(path, StringComparison.Ordinal)).Body)!;
    }
}
