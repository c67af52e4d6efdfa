namespace VendorBot.Discord.Fakes.Payloads;

/// <summary>A file a user uploaded with an attachment option, as <c>data.resolved.attachments</c> describes it.</summary>
/// <param name="Id">The attachment id (the option's value).</param>
/// <param name="FileName">The file name as uploaded.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Url">Where it is downloaded from (Discord's CDN; a loopback server in tests).</param>
/// <param name="ContentType">The media type Discord detected.</param>
public sealed record UploadedFile(string Id, string FileName, long Size, string Url, string ContentType);
