namespace VendorBot.Hosting;

/// <summary>Configuration that cannot be read: each problem names the key (or file), the value and the expected form.</summary>
internal sealed class ConfigurationProblemException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>The problems, one per entry.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
