namespace VendorBot.Knowledge.Claims;

/// <summary>A vendor the index covers: how many documents, published between which dates (null when none is dated).</summary>
public sealed record VendorCoverage(string Vendor, int Documents, DateOnly? FirstPublished, DateOnly? LastPublished);
