using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>
/// Rejects a token configured with the <c>Bot </c> prefix (the client adds it; Discord would answer 401 to
/// <c>Bot Bot …</c>) or with surrounding whitespace, at start, in one line that never shows the token.
/// </summary>
internal sealed class DiscordTokenValidator : IValidateOptions<DiscordClientOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var token = options.Token ?? "";
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                "Discord:Token starts with 'Bot ': configure the token alone, the client adds the 'Bot ' prefix itself.");
        }

        return token.Length > 0 && token.Trim().Length != token.Length
            ? ValidateOptionsResult.Fail("Discord:Token has spaces or line breaks around it: configure the token alone.")
            : ValidateOptionsResult.Success;
    }
}
