using System.Globalization;

namespace VendorBot.Bench;

/// <summary>Options of the form <c>--name value</c>; <c>--set Key=Value</c> may repeat (search option overrides).</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every <c>--set Key=Value</c>, in order.</summary>
    public List<KeyValuePair<string, string>> Settings { get; } = [];

    /// <summary>Parses the arguments after the mode name.</summary>
    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var name = args[i].TrimStart('-');
            if (string.Equals(name, "set", StringComparison.OrdinalIgnoreCase))
            {
                var parts = args[i + 1].Split('=', 2);
                parsed.Settings.Add(new(parts[0], parts.Length > 1 ? parts[1] : string.Empty));
            }
            else
            {
                parsed._values[name] = args[i + 1];
            }
        }

        return parsed;
    }

    /// <summary>The value of <c>--name</c>, or <paramref name="fallback"/>.</summary>
    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    /// <summary>The integer value of <c>--name</c>, or <paramref name="fallback"/>.</summary>
    public int GetInt(string name, int fallback) =>
        _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
