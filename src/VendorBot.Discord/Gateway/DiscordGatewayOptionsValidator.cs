using System.Globalization;
using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// Checks <see cref="DiscordGatewayOptions"/> at start (each failure names its key), and the shard pair of
/// <see cref="DiscordClientOptions"/> (<c>ShardId &lt; ShardCount</c>).
/// </summary>
internal sealed class DiscordGatewayOptionsValidator : IValidateOptions<DiscordGatewayOptions>, IValidateOptions<DiscordClientOptions>
{
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    public ValidateOptionsResult Validate(string? name, DiscordGatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.DispatchQueueCapacity), options.DispatchQueueCapacity, 1, 1_000_000);
        Check(failures, nameof(options.ReconnectBaseDelay), options.ReconnectBaseDelay, Millisecond, TimeSpan.FromMinutes(10));
        Check(failures, nameof(options.ReconnectMaxDelay), options.ReconnectMaxDelay, options.ReconnectBaseDelay, TimeSpan.FromHours(1));
        Check(failures, nameof(options.InvalidSessionMinDelay), options.InvalidSessionMinDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Check(failures, nameof(options.InvalidSessionMaxDelay), options.InvalidSessionMaxDelay, options.InvalidSessionMinDelay, TimeSpan.FromMinutes(1));
        Check(failures, nameof(options.IdentifyInterval), options.IdentifyInterval, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Check(failures, nameof(options.ConnectTimeout), options.ConnectTimeout, Millisecond, TimeSpan.FromMinutes(5));
        Check(failures, nameof(options.CloseTimeout), options.CloseTimeout, Millisecond, TimeSpan.FromMinutes(1));
        Check(failures, nameof(options.SlowHandlerThreshold), options.SlowHandlerThreshold, Millisecond, TimeSpan.FromMinutes(10));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ShardId >= 0 && options.ShardId < options.ShardCount
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture,
                $"Discord:ShardId must be at least 0 and less than Discord:ShardCount (was {options.ShardId} of {options.ShardCount})."));
    }

    private static void Check<T>(List<string> failures, string key, T value, T minimum, T maximum)
        where T : IComparable<T>
    {
        if (value.CompareTo(minimum) < 0 || value.CompareTo(maximum) > 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{DiscordGatewayOptions.SectionName}:{key} must be between {minimum} and {maximum} (was {value})."));
        }
    }
}
