using Microsoft.Extensions.Configuration;
using VendorBot.Hosting;
using VendorBot.State;
using VendorBot.Feeds;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Hosting;

public sealed class AppSettingsExampleTests
{
    /// <summary>The repository's appsettings.example.json, found above the test output folder.</summary>
    public static string ExamplePath()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "appsettings.example.json")))
        {
            root = root.Parent;
        }

        return Path.Combine(root.ShouldNotBeNull().FullName, "appsettings.example.json");
    }

    [Fact]
    public void EveryOptionsPropertyHasItsKeyInTheExample()
    {
        var configuration = LoadExample();
        var keys = configuration.AsEnumerable().Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var expected = ConfigurationCheck.OptionsClasses.SelectMany(o => ConfigurationCheck.Keys(o.Section, o.Options)).Select(k => k.Key).ToList();
        var missing = expected.Where(key => !keys.Contains(key)).ToList();

        expected.Count.ShouldBeGreaterThan(40);
        expected.ShouldContain("Bot:FloodWindow");
        expected.ShouldContain("Discord:Gateway:CloseTimeout");
        missing.ShouldBeEmpty("appsettings.example.json lacks these keys");
    }

    [Fact]
    public void TheExampleSettingsBindToTheDefaults()
    {
        var configuration = LoadExample();

        foreach (var (section, type) in ConfigurationCheck.OptionsClasses)
        {
            var bound = configuration.GetSection(section).Get(type) ?? Activator.CreateInstance(type)!;
            var defaults = Activator.CreateInstance(type)!;
            foreach (var (key, property) in ConfigurationCheck.Keys(section, type).Where(k => k.Property.CanWrite && k.Property.Name != "Token"))
            {
                property.GetValue(bound).ShouldBe(property.GetValue(defaults), key);
            }
        }

        configuration["Discord:Token"].ShouldBeEmpty();
        var state = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()!;
        state.Provider.ShouldBe(new StateOptions().Provider);
        state.DatabasePath.ShouldBeNull();
        state.SharedCacheDuration.ShouldBe(new StateOptions().SharedCacheDuration);
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

        var keys = configuration.AsEnumerable().Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in typeof(FeedsOptions).GetProperties())
        {
            keys.ShouldContain($"{FeedsOptions.SectionName}:{property.Name}", $"Feeds:{property.Name} is missing");
        }

        var documents = documentsSection.Get<DocumentsOptions>()!;
        documents.MaxDownloadBytes.ShouldBe(new DocumentsOptions().MaxDownloadBytes);
        documents.FetchTimeout.ShouldBe(new DocumentsOptions().FetchTimeout);
        documents.EffectiveAttachmentHosts.ShouldBe(["cdn.discordapp.com", "media.discordapp.net"]);
        var feeds = configuration.GetSection(FeedsOptions.SectionName).Get<FeedsOptions>()!;
        feeds.PollInterval.ShouldBe(new FeedsOptions().PollInterval);
        feeds.MaxBackoff.ShouldBe(new FeedsOptions().MaxBackoff);
    }

    private static IConfigurationRoot LoadExample() => new ConfigurationBuilder().AddJsonFile(ExamplePath()).Build();
}
