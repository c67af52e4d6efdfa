namespace VendorBot.Knowledge.Indexing;

/// <summary>A file that was not indexed, and why (e.g. "empty file", "not a readable PDF: ...").</summary>
/// <param name="Path">The file's path under the documents root (forward slashes).</param>
/// <param name="Reason">A one-line reason for the user.</param>
public sealed record IndexFailure(string Path, string Reason);
