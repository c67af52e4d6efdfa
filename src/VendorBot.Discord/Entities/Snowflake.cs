using System.Globalization;
using System.Text.Json.Serialization;

namespace VendorBot.Discord.Entities;

/// <summary>
/// A Discord id. Discord sends ids as JSON strings (they overflow a double); we keep the 64-bit value as a
/// <see cref="ulong"/> and write it back as a string. Reading also accepts a JSON number, and the type works as a
/// dictionary key (the <c>resolved</c> maps of interactions).
/// </summary>
/// <param name="Value">The raw 64-bit id.</param>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value) : IComparable<Snowflake>
{
    /// <summary>Milliseconds from the Unix epoch to the Discord epoch (2015-01-01T00:00:00Z).</summary>
    public const long DiscordEpochMilliseconds = 1_420_070_400_000;

    /// <summary>When the id was created, from its top 42 bits.</summary>
    public DateTimeOffset CreatedAt =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    /// <summary>Parses a decimal id; throws <see cref="FormatException"/> for anything else.</summary>
    public static Snowflake Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a Discord id (a decimal 64-bit number).");

    /// <summary>Parses a decimal id without throwing.</summary>
    public static bool TryParse(string? text, out Snowflake id)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        id = new Snowflake(value);
        return ok;
    }

    /// <inheritdoc />
    public int CompareTo(Snowflake other) => Value.CompareTo(other.Value);

    /// <summary>The id as Discord writes it: decimal digits.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Orders ids (and so creation times).</summary>
    public static bool operator <(Snowflake left, Snowflake right) => left.Value < right.Value;

    /// <summary>Orders ids (and so creation times).</summary>
    public static bool operator >(Snowflake left, Snowflake right) => left.Value > right.Value;

    /// <summary>Orders ids (and so creation times).</summary>
    public static bool operator <=(Snowflake left, Snowflake right) => left.Value <= right.Value;

    /// <summary>Orders ids (and so creation times).</summary>
    public static bool operator >=(Snowflake left, Snowflake right) => left.Value >= right.Value;
}
