using Microsoft.Extensions.Configuration;
using VendorBot.Bot;
using VendorBot.Knowledge;
using VendorBot.State;

namespace VendorBot.Tests.Hosting;

public sealed class AppSettingsExampleTests
{
    [Fact]
    public void TheExampleSettingsParseAndBindToTheDefaults()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "appsettings.example.json")))
        {
            root = root.Parent;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root!.FullName, "appsettings.example.json")).Build();

        var bot = configuration.GetSection(BotOptions.SectionName).Get<BotOptions>()!;
        bot.UserQuestionsPerWindow.ShouldBe(new BotOptions().UserQuestionsPerWindow);
        bot.ShutdownGrace.ShouldBe(new BotOptions().ShutdownGrace);
        bot.StreamEditInterval.ShouldBe(new BotOptions().StreamEditInterval);
        configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>()!.DatabasePath.ShouldBe(new KnowledgeOptions().DatabasePath);
        configuration["Knowledge:Search:K1"].ShouldBe("1.2");
        configuration["Discord:Token"].ShouldBeEmpty();
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()!;
        state.Provider.ShouldBe(new StateOptions().Provider);
        state.DatabasePath.ShouldBeNull();
        state.SharedCacheDuration.ShouldBe(new StateOptions().SharedCacheDuration);
    }
}
