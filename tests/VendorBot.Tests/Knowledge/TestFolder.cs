using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Tests.Knowledge;

/// <summary>A unique temp folder with a documents folder and an index file path; deleted on dispose.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "vendorbot-tests", Guid.NewGuid().ToString("N"));
        Documents = Path.Combine(Root, "docs");
        Directory.CreateDirectory(Documents);
        DatabasePath = Path.Combine(Root, "index.db");
    }

    public string Root { get; }

    public string Documents { get; }

    public string DatabasePath { get; }

    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var path = Path.Combine(Documents, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Documents, relativePath));

    public KnowledgeOptions Options(long maxFileBytes = KnowledgeLimits.DefaultMaxFileBytes) =>
        new() { DatabasePath = DatabasePath, DocumentsPath = Documents, MaxFileBytes = maxFileBytes };

    public KnowledgeDatabase Database() => new(Microsoft.Extensions.Options.Options.Create(Options()));

    public KnowledgeIndexer Indexer(
        KnowledgeDatabase database, Func<SourceDocument, CancellationToken, Task>? beforeWrite = null, long maxFileBytes = KnowledgeLimits.DefaultMaxFileBytes) =>
        new(database, Microsoft.Extensions.Options.Options.Create(Options(maxFileBytes)), new FakeTimeProvider(), NullLogger<KnowledgeIndexer>.Instance, beforeWrite);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may still be closing; the OS temp cleaner gets the rest.
        }
    }
}
