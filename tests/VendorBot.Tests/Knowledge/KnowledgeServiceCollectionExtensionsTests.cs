using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge;

public sealed class KnowledgeServiceCollectionExtensionsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddKnowledgeRegistersAWorkingIndexerAndCatalog()
    {
        _folder.Write("a.md", "Huawei denied it.");
        using var provider = Provider(new() { ["Knowledge:DatabasePath"] = _folder.DatabasePath, ["Knowledge:DocumentsPath"] = _folder.Documents });

        var report = await provider.GetRequiredService<KnowledgeIndexer>().ReindexAsync(null, TestContext.Current.CancellationToken);

        report.Added.ShouldBe(1);
        (await provider.GetRequiredService<KnowledgeCatalog>().CountDocumentsAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public void AMaxFileSizeOutOfRangeFailsValidationNamingTheKey()
    {
        using var provider = Provider(new() { ["Knowledge:MaxFileBytes"] = "0" });

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value)
            .Message.ShouldContain("Knowledge:MaxFileBytes");
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.None));
        services.AddKnowledge();
        return services.BuildServiceProvider();
    }
}
