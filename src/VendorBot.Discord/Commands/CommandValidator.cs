using System.Globalization;
using System.Text.RegularExpressions;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Commands;

/// <summary>Checks command definitions and choices against Discord's rules; throws <see cref="DiscordLimitException"/>.</summary>
public static partial class CommandValidator
{
    /// <summary>Validates a full set of commands as sent in a bulk overwrite (names unique per type).</summary>
    public static void Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var chatInput = commands.Count(command => (command.Type ?? ApplicationCommandType.ChatInput) == ApplicationCommandType.ChatInput);
        if (chatInput > DiscordLimits.GlobalCommandCount)
        {
            throw new DiscordLimitException("commands", string.Create(CultureInfo.InvariantCulture,
                $"{chatInput} chat-input commands; Discord allows at most {DiscordLimits.GlobalCommandCount} per scope"));
        }

        var seen = new HashSet<(ApplicationCommandType, string)>();
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            var at = $"commands[{i}]";
            var type = command.Type ?? ApplicationCommandType.ChatInput;
            if (!seen.Add((type, command.Name)))
            {
                throw new DiscordLimitException(at + ".name", $"'{command.Name}' is registered twice");
            }

            if (type == ApplicationCommandType.ChatInput)
            {
                ValidateName(at + ".name", command.Name);
                ValidateDescription(at + ".description", command.Description);
            }

            if (command.DefaultMemberPermissions is { } permissions && !PermissionsParser.TryParse(permissions, out _))
            {
                throw new DiscordLimitException(at + ".default_member_permissions", "must be a decimal permission bitfield");
            }

            ValidateOptions(at + ".options", command.Options ?? []);
        }
    }

    /// <summary>Validates choices (fixed or autocomplete): ≤ 25, names 1–100, string values ≤ 100.</summary>
    public static void ValidateChoices(string field, IReadOnlyList<ApplicationCommandChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        MessageValidator.MaxCount(field, choices.Count, DiscordLimits.ChoiceCount);
        for (var i = 0; i < choices.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (choices[i].Name.Length == 0)
            {
                throw new DiscordLimitException(at + ".name", "must not be empty");
            }

            MessageValidator.MaxLength(at + ".name", choices[i].Name, DiscordLimits.ChoiceNameLength);
            if (choices[i].Value.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                MessageValidator.MaxLength(at + ".value", choices[i].Value.GetString(), DiscordLimits.ChoiceValueLength);
            }
        }
    }

    private static void ValidateOptions(string field, IReadOnlyList<ApplicationCommandOption> options)
    {
        MessageValidator.MaxCount(field, options.Count, DiscordLimits.CommandOptionCount);
        var optionalSeen = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var at = $"{field}[{i}]";
            ValidateName(at + ".name", option.Name);
            if (!names.Add(option.Name))
            {
                throw new DiscordLimitException(at + ".name", $"'{option.Name}' is used by two options; option names must be unique");
            }

            ValidateDescription(at + ".description", option.Description);
            if (option.Required == true && optionalSeen)
            {
                throw new DiscordLimitException(at + ".required", "required options must come before optional ones");
            }

            optionalSeen |= option.Required != true;
            ValidateLength(at + ".min_length", option.MinLength, 0);
            ValidateLength(at + ".max_length", option.MaxLength, 1);
            if (option.MinLength > option.MaxLength)
            {
                throw new DiscordLimitException(at + ".min_length", "must not exceed max_length");
            }

            if (option.Autocomplete == true && option.Choices is { Count: > 0 })
            {
                throw new DiscordLimitException(at + ".autocomplete", "an option cannot have both autocomplete and choices");
            }

            ValidateChoices(at + ".choices", option.Choices ?? []);
            ValidateOptions(at + ".options", option.Options ?? []);
        }
    }

    private static void ValidateName(string field, string name)
    {
        if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw new DiscordLimitException(field, $"'{name}' must be 1–{DiscordLimits.CommandNameLength} lower-case letters, digits, '-', '_' or an apostrophe");
        }
    }

    private static void ValidateDescription(string field, string description)
    {
        if (description.Length is 0 or > DiscordLimits.CommandDescriptionLength)
        {
            throw new DiscordLimitException(field, string.Create(CultureInfo.InvariantCulture,
                $"{description.Length} characters; Discord requires 1–{DiscordLimits.CommandDescriptionLength}"));
        }
    }

    private static void ValidateLength(string field, int? value, int minimum)
    {
        if (value is { } length && (length < minimum || length > DiscordLimits.OptionLengthBound))
        {
            throw new DiscordLimitException(field, string.Create(CultureInfo.InvariantCulture,
                $"{length} is outside {minimum}–{DiscordLimits.OptionLengthBound}"));
        }
    }

    [GeneratedRegex(DiscordLimits.CommandNamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
