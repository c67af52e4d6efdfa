using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class PdfFormatTests
{
    internal static byte[] TinyPdf(string title, params string[] pages)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = "Example Agency";
        builder.DocumentInformation.CreationDate = "D:20210503120000Z";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 12, new PdfPoint(25, 700), font);
        }

        return builder.Build();
    }

    [Fact]
    public void ReadsTheTextOfEveryPageAndTheInfoDictionary()
    {
        var content = new PdfFormat().Read(TinyPdf("Sanctions report", "Huawei was sanctioned.", "ZTE was fined."));

        content.Title.ShouldBe("Sanctions report");
        content.Publisher.ShouldBe("Example Agency");
        content.PublishedOn.ShouldBe(new DateOnly(2021, 5, 3));
        content.Text.ShouldContain("Huawei was sanctioned.");
        content.Text.ShouldContain("ZTE was fined.");
        content.Text.IndexOf("Huawei", StringComparison.Ordinal).ShouldBeLessThan(content.Text.IndexOf("ZTE", StringComparison.Ordinal));
    }

    [Fact]
    public void ACorruptPdfFailsWithAClearReason()
    {
        var bytes = TinyPdf("t", "Some text.");
        var corrupt = bytes[..(bytes.Length / 3)];

        Should.Throw<DocumentLoadException>(() => new PdfFormat().Read(corrupt)).Message.ShouldStartWith("not a readable PDF");
    }

    [Fact]
    public void GarbageWithAPdfExtensionFailsWithAClearReason()
    {
        Should.Throw<DocumentLoadException>(() => new PdfFormat().Read("%PDF-1.7 garbage garbage"u8.ToArray()))
            .Message.ShouldStartWith("not a readable PDF");
    }
}
