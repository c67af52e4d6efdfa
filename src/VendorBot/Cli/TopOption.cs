using System.CommandLine;
using System.Globalization;

namespace VendorBot.Cli;

/// <summary>A <c>--top N</c> option whose parse error states the allowed range, whatever was typed.</summary>
internal static class TopOption
{
    /// <summary>A <c>--top</c> option accepting 1 to <paramref name="max"/>, <paramref name="defaultValue"/> when absent.</summary>
    public static Option<int> Create(string description, int max, int defaultValue) => new("--top")
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
            {
                return value;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--top must be a whole number from 1 to {max} (got '{token}')"));
            return defaultValue;
        },
    };
}
