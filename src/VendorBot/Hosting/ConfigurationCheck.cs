using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VendorBot.Discord;

namespace VendorBot.Hosting;

/// <summary>
/// Checks, before any service starts, that every configured value of every options class can be read as its type, and
/// says in plain words which key, which value and what form is expected ("Bot:FloodWindow: 'banana' is not a duration
/// like 00:01:00"). The options classes are found by their <c>SectionName</c> constant, so a new one is checked (and
/// required in appsettings.example.json by its test) without being listed anywhere.
/// </summary>
internal static class ConfigurationCheck
{
    /// <summary>Every options class of VendorBot and its Discord client, with its configuration section.</summary>
    public static IReadOnlyList<(string Section, Type Options)> OptionsClasses { get; } =
        new[] { typeof(ConfigurationCheck).Assembly, typeof(DiscordClientOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Select(type => (Type: type, Field: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(pair => pair.Field is { IsLiteral: true } && pair.Field.FieldType == typeof(string) && pair.Type.IsClass)
            .Select(pair => ((string)pair.Field!.GetRawConstantValue()!, pair.Type))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal)
            .ThenBy(pair => pair.Type.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The bindable properties of an options class (public, read-write or a readable list) and their configuration keys.</summary>
    public static IEnumerable<(string Key, PropertyInfo Property)> Keys(string section, Type options) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.CanWrite || IsBindableCollection(p.PropertyType)))
            .Where(p => !OptionsClasses.Any(o => o.Section.Equals($"{section}:{p.Name}", StringComparison.OrdinalIgnoreCase)))
            .Select(p => ($"{section}:{p.Name}", p));

    /// <summary>Throws with every unreadable value, one per line.</summary>
    /// <exception cref="ConfigurationProblemException">At least one value cannot be read as its type.</exception>
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        foreach (var (section, options) in OptionsClasses)
        {
            foreach (var (key, property) in Keys(section, options))
            {
                if (ElementType(property.PropertyType) is { } element)
                {
                    foreach (var child in configuration.GetSection(key).GetChildren())
                    {
                        Check($"{key}:{child.Key}", child.Value, element, problems);
                    }
                }
                else
                {
                    Check(key, configuration[key], property.PropertyType, problems);
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationProblemException(problems.Distinct(StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>The problem with an appsettings file that is not valid JSON: its path, line, position and what is wrong.</summary>
    public static ConfigurationProblemException InvalidJson(string path, Exception loadFailure)
    {
        ArgumentNullException.ThrowIfNull(loadFailure);
        for (var inner = loadFailure; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line, BytePositionInLine: { } position } json)
            {
                var reason = json.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.');
                return new ConfigurationProblemException([string.Create(
                    CultureInfo.InvariantCulture, $"{path}: not valid JSON at line {line + 1}, position {position + 1}: {reason}")]);
            }
        }

        return new ConfigurationProblemException([$"{path}: {loadFailure.GetBaseException().Message}"]);
    }

    private static void Check(string key, string? value, Type type, List<string> problems)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object))
        {
            return;
        }

        var converter = TypeDescriptor.GetConverter(target);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            return;
        }

        try
        {
            if (converter.ConvertFromInvariantString(value) is Uri { IsAbsoluteUri: false })
            {
                problems.Add($"{key}: '{value}' is {Expected(target)}");
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or NotSupportedException or OverflowException || ex.InnerException is FormatException or OverflowException)
        {
            problems.Add($"{key}: '{value}' is {Expected(target)}");
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => "not a duration like 00:01:00 (hh:mm:ss)",
        _ when type == typeof(bool) => "not true or false",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "not a whole number",
        _ when type == typeof(ulong) || type == typeof(uint) => "not a whole number of 0 or more (a Discord id is a number like 123456789012345678)",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "not a number like 1.5",
        _ when type == typeof(Uri) => "not an absolute URL like https://example.com/",
        { IsEnum: true } when type.IsDefined(typeof(FlagsAttribute)) => $"not a comma-separated list of {string.Join(", ", Enum.GetNames(type))}",
        { IsEnum: true } => $"not one of {string.Join(", ", Enum.GetNames(type))}",
        _ => $"not a valid {type.Name}",
    };

    // A get-only property is bound only when the binder can add to it (IList<string> X { get; } = []); a computed
    // read-only view (IReadOnlyList<string> Effective… => …) is not a setting.
    private static bool IsBindableCollection(Type type) =>
        ElementType(type) is { } element && typeof(ICollection<>).MakeGenericType(element).IsAssignableFrom(type);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        return type.IsArray ? type.GetElementType() : type.GetGenericArguments() is [var element] ? element : null;
    }
}
