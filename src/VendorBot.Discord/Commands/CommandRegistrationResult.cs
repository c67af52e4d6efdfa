namespace VendorBot.Discord.Commands;

/// <summary>What <see cref="CommandRegistrar.RegisterAsync"/> did.</summary>
/// <param name="Overwritten">True when the commands differed and were overwritten (PUT); false when nothing was sent.</param>
/// <param name="Commands">The commands as Discord now has them (with ids).</param>
public sealed record CommandRegistrationResult(bool Overwritten, IReadOnlyList<ApplicationCommand> Commands);
