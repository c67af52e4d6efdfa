namespace VendorBot.Bot.Settings;

/// <summary>The vendor filter of one question: one vendor, several (a channel's scope), or neither (all vendors).</summary>
/// <param name="Vendor">The single vendor asked for.</param>
/// <param name="Vendors">The channel's vendors, when no single vendor was asked for.</param>
internal sealed record VendorScope(string? Vendor, IReadOnlyList<string>? Vendors);
