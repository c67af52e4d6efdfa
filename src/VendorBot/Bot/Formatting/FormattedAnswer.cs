using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Formatting;

/// <summary>An answer laid out for Discord: one or more message texts, then the sources embed and buttons on the last one.</summary>
/// <param name="Parts">Message contents, each within Discord's 2,000 characters, in order.</param>
/// <param name="Sources">The compact sources embed, or null when nothing is cited.</param>
/// <param name="Buttons">Sources / Helpful / Not helpful, or null when the answer has no id to act on.</param>
internal sealed record FormattedAnswer(IReadOnlyList<string> Parts, Embed? Sources, ActionRow? Buttons);
