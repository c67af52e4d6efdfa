using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Claims;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>Opens the index for the <c>timeline</c> and <c>claims</c> verbs and checks the vendor asked for.</summary>
internal static class ClaimIndex
{
    /// <summary>Builds the host over <paramref name="db"/> (or the configured index) and returns it with its claim catalog.</summary>
    /// <exception cref="CliUsageException">The index does not exist, or no document is about <paramref name="vendor"/>.</exception>
    public static async Task<(IHost Host, ClaimCatalog Claims, string Vendor)> OpenAsync(string? db, string vendor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(vendor))
        {
            throw new CliUsageException("a vendor is required");
        }

        var overrides = DatabaseOption.Overrides(db);

        var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
        try
        {
            var database = host.Services.GetRequiredService<KnowledgeDatabase>();
            if (!database.Exists)
            {
                throw new CliUsageException($"the index '{database.Path}' does not exist; build it with 'vendorbot index'");
            }

            var vendors = await host.Services.GetRequiredService<KnowledgeCatalog>().ListVendorsAsync(cancellationToken).ConfigureAwait(false);
            var known = vendors.FirstOrDefault(v => v.Vendor.Equals(vendor.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUsageException(
                    $"no document is about '{vendor.Trim()}'; vendors covered: {string.Join(", ", vendors.Select(v => v.Vendor))}");
            return (host, host.Services.GetRequiredService<ClaimCatalog>(), known.Vendor);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>"Title (Publisher, 2021-03-04)": the source of a quote.</summary>
    public static string Source(DocumentInfo document)
    {
        var parts = new[] { document.Publisher, document.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p));
        var details = string.Join(", ", parts);
        return details.Length == 0 ? document.Title : $"{document.Title} ({details})";
    }
}
