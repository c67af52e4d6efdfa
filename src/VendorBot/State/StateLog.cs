using Microsoft.Extensions.Logging;

namespace VendorBot.State;

/// <summary>The state store's log messages.</summary>
internal static partial class StateLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information,
        Message = "Moved the bot's state from the index '{IndexPath}' to the state store ({State}): {Rows}")]
    public static partial void LegacyMoved(ILogger logger, string indexPath, string state, string rows);
}
