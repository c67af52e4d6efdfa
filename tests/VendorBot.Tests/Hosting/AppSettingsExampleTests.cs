using Microsoft.Extensions.Configuration;
using VendorBot.Bot;
using VendorBot.Feeds;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Hosting;

public sealed class AppSettingsExampleTests
{
    [Fact]
    public void TheExampleSettingsParseAndBindToTheDefaults()
    {
        var configuration = LoadExample();

        var bot = configuration.GetSection(BotOptions.SectionName).Get<BotOptions>()!;
        bot.UserQuestionsPerWindow.ShouldBe(new BotOptions().UserQuestionsPerWindow);
        bot.ShutdownGrace.ShouldBe(new BotOptions().ShutdownGrace);
        bot.StreamEditInterval.ShouldBe(new BotOptions().StreamEditInterval);
        configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>()!.DatabasePath.ShouldBe(new KnowledgeOptions().DatabasePath);
        configuration["Knowledge:Search:K1"].ShouldBe("1.2");
        configuration["Discord:Token"].ShouldBeEmpty();
    }

    [Fact]
    public void TheExampleSettingsShowEveryDocumentsAndFeedsKeyWithItsDefault()
    {
        var configuration = LoadExample();

        var documentsSection = configuration.GetSection(DocumentsOptions.SectionName);
        foreach (var property in typeof(DocumentsOptions).GetProperties().Where(p => !p.Name.StartsWith("Effective", StringComparison.Ordinal)))
        {
            documentsSection.GetSection(property.Name).Exists().ShouldBeTrue($"Documents:{property.Name} is missing");
        }

        var feedsSection = configuration.GetSection(FeedsOptions.SectionName);
        foreach (var property in typeof(FeedsOptions).GetProperties())
        {
            feedsSection.GetSection(property.Name).Value.ShouldNotBeNull($"Feeds:{property.Name} is missing");
        }

        var documents = documentsSection.Get<DocumentsOptions>()!;
        documents.MaxDownloadBytes.ShouldBe(new DocumentsOptions().MaxDownloadBytes);
        documents.FetchTimeout.ShouldBe(new DocumentsOptions().FetchTimeout);
        documents.EffectiveAttachmentHosts.ShouldBe(["cdn.discordapp.com", "media.discordapp.net"]);
        var feeds = feedsSection.Get<FeedsOptions>()!;
        feeds.PollInterval.ShouldBe(new FeedsOptions().PollInterval);
        feeds.MaxBackoff.ShouldBe(new FeedsOptions().MaxBackoff);
    }

    private static IConfigurationRoot LoadExample()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "appsettings.example.json")))
        {
            root = root.Parent;
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root!.FullName, "appsettings.example.json")).Build();
        return configuration;
    }
}
