using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>
/// Source-generated (AOT-safe) DataAnnotations validation of <see cref="DiscordClientOptions"/>: a missing token
/// stops the host at start with "Discord:Token is required".
/// </summary>
[OptionsValidator]
internal sealed partial class DiscordClientOptionsValidator : IValidateOptions<DiscordClientOptions>;
