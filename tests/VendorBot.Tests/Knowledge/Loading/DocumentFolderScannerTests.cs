using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class DocumentFolderScannerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ListsSupportedFilesRecursivelyAndSkipsHiddenAndUnknownOnes()
    {
        _folder.Write("b.md", "x");
        _folder.Write("sub/a.txt", "x");
        _folder.Write("sub/deeper/c.pdf", "x");
        _folder.Write(".hidden.md", "x");
        _folder.Write(".git/config.md", "x");
        _folder.Write("image.png", "x");

        var scan = DocumentFolderScanner.Scan(_folder.Documents, IsSupported);

        scan.Files.Select(f => f.Id).ShouldBe(["b.md", "sub/a.txt", "sub/deeper/c.pdf"]);
        scan.Refused.ShouldBeEmpty();
    }

    [Fact]
    public void ASymbolicLinkToAFileOutsideTheRootIsRefusedAndNeverRead()
    {
        var outside = Path.Combine(_folder.Root, "secret.md");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_folder.Documents, "leak.md"), outside);
        File.CreateSymbolicLink(Path.Combine(_folder.Documents, "relative-leak.md"), "../secret.md");

        var scan = DocumentFolderScanner.Scan(_folder.Documents, IsSupported);

        scan.Files.ShouldBeEmpty();
        scan.Refused.Select(r => r.Path).ShouldBe(["leak.md", "relative-leak.md"], ignoreOrder: true);
        scan.Refused.ShouldAllBe(r => r.Reason.Contains("outside the documents folder"));
    }

    [Fact]
    public void ASymbolicLinkToAFolderOutsideTheRootIsNotFollowed()
    {
        var outside = Path.Combine(_folder.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Documents, "linked"), outside);

        var scan = DocumentFolderScanner.Scan(_folder.Documents, IsSupported);

        scan.Files.ShouldBeEmpty();
    }

    [Fact]
    public void ASymbolicLinkToAFileInsideTheRootIsRead()
    {
        var target = _folder.Write("real.md", "x");
        File.CreateSymbolicLink(Path.Combine(_folder.Documents, "alias.md"), target);

        var scan = DocumentFolderScanner.Scan(_folder.Documents, IsSupported);

        scan.Files.Select(f => f.Id).ShouldBe(["alias.md", "real.md"]);
        scan.Files[0].FullPath.ShouldBe(target);
    }

    [Fact]
    public void ABrokenLinkIsReported()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.Documents, "gone.md"), Path.Combine(_folder.Documents, "missing.md"));

        var scan = DocumentFolderScanner.Scan(_folder.Documents, IsSupported);

        scan.Refused.ShouldHaveSingleItem().Reason.ShouldBe("broken link");
    }

    [Theory]
    [InlineData("/docs", "/docs/a.md", true)]
    [InlineData("/docs", "/docs/sub/../a.md", true)]
    [InlineData("/docs", "/docs/../secret.md", false)]
    [InlineData("/docs", "/docs/sub/../../secret.md", false)]
    [InlineData("/docs", "/docs", false)]
    [InlineData("/docs", "/docs-other/a.md", false)]
    [InlineData("/docs", "/etc/passwd", false)]
    public void OnlyPathsInsideTheRootAreInside(string root, string candidate, bool inside)
    {
        DocumentFolderScanner.IsInsideRoot(root, candidate).ShouldBe(inside);
    }

    [Fact]
    public void AMissingRootIsAClearError()
    {
        Should.Throw<DirectoryNotFoundException>(() => DocumentFolderScanner.Scan(Path.Combine(_folder.Root, "nope"), IsSupported))
            .Message.ShouldContain("does not exist");
    }

    private static bool IsSupported(string name) => new DocumentLoader(1024).IsSupported(name);
}
