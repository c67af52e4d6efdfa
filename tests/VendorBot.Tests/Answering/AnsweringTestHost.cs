using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using VendorBot.Answering;
using VendorBot.Answering.Log;
using VendorBot.Hosting;
using VendorBot.Knowledge.Indexing;

namespace VendorBot.Tests.Answering;

/// <summary>
/// The real answering pipeline over a real index in a unique temp folder: documents copied from a fixture folder,
/// indexed once; logs collected by a FakeLogger; the temp folder removed on dispose.
/// </summary>
public sealed class AnsweringTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AnsweringTestHost(IHost host, string root)
    {
        _host = host;
        Root = root;
    }

    /// <summary>The temp folder (documents in <c>docs/</c>, index in <c>index.db</c>).</summary>
    public string Root { get; }

    /// <summary>The documents folder that was indexed.</summary>
    public string Documents => Path.Combine(Root, "docs");

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The pipeline.</summary>
    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    /// <summary>The answers log.</summary>
    public IAnswerLog Log => Services.GetRequiredService<IAnswerLog>();

    /// <summary>Every log record written.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>The seed article's folder (the repository's <c>seeds/</c>).</summary>
    public static string Seeds => Path.Combine(RepositoryRoot(), "seeds");

    /// <summary>The fictional-vendor fixtures.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Answering", "Fixtures");

    /// <summary>Starts a host over a copy of <paramref name="documents"/>, with extra settings and services.</summary>
    public static async Task<AnsweringTestHost> StartAsync(
        string documents,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "vendorbot-answering-" + Guid.NewGuid().ToString("N"));
        var docs = Directory.CreateDirectory(Path.Combine(root, "docs")).FullName;
        foreach (var file in Directory.GetFiles(documents))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }

        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Knowledge:DatabasePath"] = Path.Combine(root, "index.db"),
            ["Knowledge:DocumentsPath"] = docs,
        };
        var builder = VendorBotHost.CreateBuilder(overrides, LogLevel.Trace);
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        var testHost = new AnsweringTestHost(host, root);
        await testHost.ReindexAsync();
        return testHost;
    }

    /// <summary>Brings the index up to date with <see cref="Documents"/>.</summary>
    public Task<ReindexReport> ReindexAsync() =>
        Services.GetRequiredService<KnowledgeIndexer>().ReindexAsync(Documents, null, TestContext.Current.CancellationToken);

    /// <summary>Asks one question with no history.</summary>
    public Task<AnswerResult> AskAsync(string question) =>
        Answers.AskAsync(AnswerRequest.Single(question), TestContext.Current.CancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS: leave the temp folder to the OS cleaner.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The repository root (the folder holding VendorBot.sln).</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (var i = 0; i < 10 && directory is not null; i++, directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "VendorBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("VendorBot.sln not found above the test output folder");
    }
}
