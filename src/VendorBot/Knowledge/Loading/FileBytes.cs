namespace VendorBot.Knowledge.Loading;

/// <summary>A document file's content and its SHA-256 (lower-case hex).</summary>
internal sealed record FileBytes(byte[] Bytes, string Hash);
