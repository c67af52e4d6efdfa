namespace VendorBot.Knowledge.Storage;

/// <summary>What <see cref="IndexPublisher"/> wrote.</summary>
/// <param name="Path">The published file.</param>
/// <param name="Documents">Documents in it.</param>
/// <param name="Passages">Passages in it.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Duration">How long publishing took.</param>
public sealed record PublishReport(string Path, long Documents, long Passages, long Bytes, TimeSpan Duration);
