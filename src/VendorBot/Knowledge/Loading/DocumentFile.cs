namespace VendorBot.Knowledge.Loading;

/// <summary>A document file found under the documents root.</summary>
/// <param name="Id">Its path under the root with forward slashes: the document id.</param>
/// <param name="FullPath">The absolute path to read (checked to be inside the root).</param>
internal sealed record DocumentFile(string Id, string FullPath);
