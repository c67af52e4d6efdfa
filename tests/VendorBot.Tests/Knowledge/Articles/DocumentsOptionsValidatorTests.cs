using VendorBot.Knowledge.Articles;

namespace VendorBot.Tests.Knowledge.Articles;

public sealed class DocumentsOptionsValidatorTests
{
    [Fact]
    public void TheDefaultsAreValid()
    {
        new DocumentsOptionsValidator().Validate(null, new DocumentsOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void ABadNetworkAFolderOutsideTheDocumentsAndABadMediaTypeAreEachNamed()
    {
        var options = new DocumentsOptions { Folder = "../elsewhere" };
        options.AllowedNetworks.Add("10.0.0.0/33");
        options.AllowedContentTypes.Add("html");

        var result = new DocumentsOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures!.ShouldContain(failure => failure.Contains("'10.0.0.0/33' is not a network"));
        result.Failures!.ShouldContain(failure => failure.Contains("Documents:Folder"));
        result.Failures!.ShouldContain(failure => failure.Contains("'html' is not a media type"));
    }
}
