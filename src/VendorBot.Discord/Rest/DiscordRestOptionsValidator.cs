using System.Globalization;
using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>Checks <see cref="DiscordRestOptions"/> at start; each failure names its configuration key.</summary>
internal sealed class DiscordRestOptionsValidator : IValidateOptions<DiscordRestOptions>
{
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    public ValidateOptionsResult Validate(string? name, DiscordRestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.MaxWait), options.MaxWait, Millisecond, TimeSpan.FromMinutes(10));
        Check(failures, nameof(options.AttemptTimeout), options.AttemptTimeout, Millisecond, TimeSpan.FromMinutes(5));
        Check(failures, nameof(options.RetryBaseDelay), options.RetryBaseDelay, Millisecond, TimeSpan.FromMinutes(1));
        Check(failures, nameof(options.MaxServerErrorRetries), options.MaxServerErrorRetries, 0, 10);
        Check(failures, nameof(options.MaxRateLimitRetries), options.MaxRateLimitRetries, 0, 100);
        Check(failures, nameof(options.GlobalRequestsPerSecond), options.GlobalRequestsPerSecond, 1, 10_000);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(List<string> failures, string key, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{DiscordRestOptions.SectionName}:{key} must be between {minimum} and {maximum} (was {value})."));
        }
    }
}
