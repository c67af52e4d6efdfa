using Microsoft.Extensions.Logging;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Commands;

/// <summary>
/// Registers application commands only when they changed: lists what Discord has (GET), compares semantically
/// (<see cref="ApplicationCommandComparer"/>), and bulk-overwrites (PUT) only on a difference. This keeps restarts
/// from spending Discord's 200-creates-per-day budget.
/// </summary>
public sealed partial class CommandRegistrar(IDiscordRestClient rest, ILogger<CommandRegistrar> logger)
{
    /// <summary>Makes the global commands (or the guild's, when <paramref name="guildId"/> is set) equal to <paramref name="commands"/>.</summary>
    public async Task<CommandRegistrationResult> RegisterAsync(
        Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        CommandValidator.Validate(commands);
        var registered = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken).ConfigureAwait(false);
        var scope = guildId is null ? "global" : "guild";
        if (ApplicationCommandComparer.SameCommands(commands, registered))
        {
            LogUnchanged(logger, registered.Count, scope);
            return new CommandRegistrationResult(false, registered);
        }

        var overwritten = await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken).ConfigureAwait(false);
        LogOverwritten(logger, overwritten.Count, scope);
        return new CommandRegistrationResult(true, overwritten);
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "{Count} {Scope} commands already registered; nothing sent")]
    private static partial void LogUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Registered {Count} {Scope} commands (bulk overwrite)")]
    private static partial void LogOverwritten(ILogger logger, int count, string scope);
}
