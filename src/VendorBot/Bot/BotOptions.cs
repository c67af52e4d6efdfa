using System.ComponentModel.DataAnnotations;

namespace VendorBot.Bot;

/// <summary>How the bot behaves on Discord: admins, flood limits, concurrency, shutdown, history and privacy.</summary>
public sealed class BotOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Bot";

    /// <summary>Users allowed to run the admin commands (<c>/reindex</c>, <c>/settings</c>, <c>/documents</c>) besides members with MANAGE_GUILD or ADMINISTRATOR. <value>Default none.</value></summary>
    public IList<ulong> AdminUserIds { get; } = [];

    /// <summary>Roles allowed to run the admin commands besides MANAGE_GUILD or ADMINISTRATOR. <value>Default none.</value></summary>
    public IList<ulong> AdminRoleIds { get; } = [];

    /// <summary>Questions one user may ask per <see cref="FloodWindow"/>. <value>Default 5, 1 to 1000.</value></summary>
    [Range(1, 1000, ErrorMessage = "Bot:UserQuestionsPerWindow must be between 1 and 1000")]
    public int UserQuestionsPerWindow { get; set; } = BotLimits.UserQuestionsPerWindow;

    /// <summary>Questions one channel may carry per <see cref="FloodWindow"/>. <value>Default 30, 1 to 10000.</value></summary>
    [Range(1, 10_000, ErrorMessage = "Bot:ChannelQuestionsPerWindow must be between 1 and 10000")]
    public int ChannelQuestionsPerWindow { get; set; } = BotLimits.ChannelQuestionsPerWindow;

    /// <summary>The flood-control window. <value>Default 00:01:00, 1 second to 1 hour.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Bot:FloodWindow must be between 00:00:01 and 01:00:00")]
    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromSeconds(BotLimits.FloodWindowSeconds);

    /// <summary>Questions composed at the same time; more wait their turn. <value>Default 16, 1 to 256.</value></summary>
    [Range(1, 256, ErrorMessage = "Bot:MaxConcurrentAnswers must be between 1 and 256")]
    public int MaxConcurrentAnswers { get; set; } = BotLimits.MaxConcurrentAnswers;

    /// <summary>How long one question may take before the user gets an apology. <value>Default 00:01:30, 1 second to 10 minutes.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Bot:AnswerTimeout must be between 00:00:01 and 00:10:00")]
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromSeconds(BotLimits.AnswerTimeoutSeconds);

    /// <summary>How long in-flight answers may finish at shutdown. <value>Default 00:00:20, 0 to 5 minutes.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Bot:ShutdownGrace must be between 00:00:00 and 00:05:00")]
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(BotLimits.ShutdownGraceSeconds);

    /// <summary>Earlier turns of a reply chain or thread passed with a follow-up. <value>Default 4, 0 to 20.</value></summary>
    [Range(0, 20, ErrorMessage = "Bot:HistoryTurns must be between 0 and 20")]
    public int HistoryTurns { get; set; } = BotLimits.HistoryTurns;

    /// <summary>Least time between progressive edits of a streamed answer. <value>Default 00:00:01.2; at least 1 second.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Bot:StreamEditInterval must be between 00:00:01 and 00:01:00")]
    public TimeSpan StreamEditInterval { get; set; } = TimeSpan.FromMilliseconds(1200);

    /// <summary>Ping the asker when replying. <value>Default false: answers never ping anyone.</value></summary>
    public bool PingRepliedUser { get; set; }

    /// <summary>Log question text at Information level. <value>Default false: message content is logged at Debug only.</value></summary>
    public bool LogMessageContent { get; set; }
}
