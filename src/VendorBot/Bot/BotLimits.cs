namespace VendorBot.Bot;

/// <summary>The bot's fixed numbers: defaults of <see cref="BotOptions"/> and the bounds of in-memory state.</summary>
internal static class BotLimits
{
    /// <summary>Default questions one user may ask per flood window.</summary>
    public const int UserQuestionsPerWindow = 5;

    /// <summary>Default questions one channel may carry per flood window.</summary>
    public const int ChannelQuestionsPerWindow = 30;

    /// <summary>Default flood window in seconds.</summary>
    public const int FloodWindowSeconds = 60;

    /// <summary>Default number of questions composed at the same time.</summary>
    public const int MaxConcurrentAnswers = 16;

    /// <summary>Default seconds in-flight answers get to finish at shutdown.</summary>
    public const int ShutdownGraceSeconds = 20;

    /// <summary>Longest shutdown grace allowed.</summary>
    public static readonly TimeSpan MaxShutdownGrace = TimeSpan.FromMinutes(5);

    /// <summary>Default seconds one question may take before the user gets an apology.</summary>
    public const int AnswerTimeoutSeconds = 90;

    /// <summary>How long cancelled work gets to give up after the shutdown grace expired.</summary>
    public static readonly TimeSpan CancelledWorkPatience = TimeSpan.FromSeconds(5);

    /// <summary>How long an apology or a "restarting" notice may take to send.</summary>
    public static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed for closing the gateway cleanly after the in-flight answers are done.</summary>
    public static readonly TimeSpan GatewayCloseAllowance = TimeSpan.FromSeconds(10);

    /// <summary>Default earlier turns passed with a follow-up.</summary>
    public const int HistoryTurns = 4;

    /// <summary>Discord allows about one edit per second per message; progressive edits never go faster.</summary>
    public const int MinStreamEditMilliseconds = 1000;

    /// <summary>How long a delivered message or interaction id is remembered to drop duplicate deliveries.</summary>
    public static readonly TimeSpan DeliveryMemory = TimeSpan.FromMinutes(15);

    /// <summary>Most ids remembered for duplicate detection; the oldest are forgotten first.</summary>
    public const int DeliveryMemoryCapacity = 50_000;

    /// <summary>How long the settings listener waits before it reconnects to a shared state store it lost.</summary>
    public static readonly TimeSpan SettingsListenRetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How often a process deletes delivery claims older than <see cref="DeliveryMemory"/> from a shared state store.</summary>
    public static readonly TimeSpan DeliveryClaimPurgeInterval = TimeSpan.FromMinutes(1);

    /// <summary>Most answers kept in memory for reply-chain and thread history.</summary>
    public const int ConversationCapacity = 10_000;

    /// <summary>Most users and channels tracked by flood control before stale entries are swept.</summary>
    public const int FloodTrackedKeys = 20_000;

    /// <summary>Characters of a quoted passage shown per source in the ephemeral Sources list.</summary>
    public const int SourceQuoteLength = 900;

    /// <summary>Characters of one line of the compact sources embed.</summary>
    public const int SourceLineLength = 300;

    /// <summary>Vendor suggestions offered by /ask autocomplete (Discord allows 25).</summary>
    public const int AutocompleteChoices = 25;

    /// <summary>Most thread-to-channel links kept so that a channel's settings apply in its threads (forum posts).</summary>
    public const int ThreadParentsRemembered = 50_000;

    /// <summary>How long a channel where Discord refused a send (403) is skipped before the bot tries again.</summary>
    public static readonly TimeSpan RefusedChannelMemory = TimeSpan.FromMinutes(10);

    /// <summary>Longest question or query a slash command option accepts.</summary>
    public const int QuestionMaxLength = 1000;

    /// <summary>Longest comma-separated vendor list a slash command option accepts.</summary>
    public const int VendorListMaxLength = 500;

    /// <summary>Most vendors one channel's scope may list.</summary>
    public const int ChannelVendorsMax = 25;

    /// <summary>Accent colour of the bot's embeds.</summary>
    public const int EmbedColor = 0x2B6CB0;
}
