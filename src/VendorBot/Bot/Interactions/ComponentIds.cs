using System.Diagnostics.CodeAnalysis;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// The <c>custom_id</c> scheme of the answer buttons: <c>vb:{action}:{answerId}</c>. Stateless, so buttons keep working
/// after a restart; anything else (another bot's id, a tampered id) parses as nothing.
/// </summary>
internal static class ComponentIds
{
    /// <summary>The custom_id prefix of the answer buttons.</summary>
    public const string Prefix = "vb";
    private const char Separator = ':';
    private const string SourcesAction = "src";
    private const string HelpfulAction = "up";
    private const string NotHelpfulAction = "down";

    /// <summary>The custom id for <paramref name="kind"/> on <paramref name="answerId"/>.</summary>
    public static string For(ComponentKind kind, string answerId) => string.Join(Separator, Prefix, Action(kind), answerId);

    /// <summary>Parses a custom id made by <see cref="For"/>.</summary>
    public static bool TryParse(string? customId, [NotNullWhen(true)] out ComponentAction? action)
    {
        action = null;
        var parts = customId?.Split(Separator);
        if (parts is not [Prefix, var verb, var answerId] || answerId.Length == 0 || !answerId.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        ComponentKind? kind = verb switch
        {
            SourcesAction => ComponentKind.Sources,
            HelpfulAction => ComponentKind.Helpful,
            NotHelpfulAction => ComponentKind.NotHelpful,
            _ => null,
        };
        action = kind is { } k ? new ComponentAction(k, answerId) : null;
        return action is not null;
    }

    private static string Action(ComponentKind kind) => kind switch
    {
        ComponentKind.Sources => SourcesAction,
        ComponentKind.Helpful => HelpfulAction,
        _ => NotHelpfulAction,
    };
}
