namespace VendorBot.Knowledge;

/// <summary>A vendor named by the documents and how many documents name it.</summary>
public sealed record VendorDocumentCount(string Vendor, int Documents);
