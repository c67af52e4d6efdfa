namespace VendorBot.Knowledge.Claims;

/// <summary>A stored claim with the document it comes from (title, publisher, date) for citing it.</summary>
public sealed record SourcedClaim(Claim Claim, DocumentInfo Document);
