using System.Net;
using Microsoft.Extensions.Options;

namespace VendorBot.Knowledge.Articles;

/// <summary>Checks what data annotations cannot: every allowed network is valid CIDR and the folder stays inside the documents folder.</summary>
internal sealed class DocumentsOptionsValidator : IValidateOptions<DocumentsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var network in options.AllowedNetworks)
        {
            if (!IPNetwork.TryParse(network, out _))
            {
                failures.Add($"Documents:AllowedNetworks: '{network}' is not a network in CIDR form (e.g. 10.0.0.0/8)");
            }
        }

        if (Path.IsPathRooted(options.Folder) || options.Folder.Split('/', '\\').Contains(".."))
        {
            failures.Add($"Documents:Folder: '{options.Folder}' must be a relative folder inside Knowledge:DocumentsPath");
        }

        foreach (var type in options.AllowedContentTypes)
        {
            if (string.IsNullOrWhiteSpace(type) || !type.Contains('/', StringComparison.Ordinal))
            {
                failures.Add($"Documents:AllowedContentTypes: '{type}' is not a media type (e.g. text/html)");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
