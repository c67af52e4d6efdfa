namespace VendorBot.Discord.Fakes.Validation;

/// <summary>Thrown when a fake Discord is disposed after receiving requests Discord's spec or docs forbid.</summary>
public sealed class FakeDiscordViolationException : Exception
{
    /// <summary>Creates the exception for the violations.</summary>
    public FakeDiscordViolationException(IReadOnlyList<FakeViolation> violations)
        : base($"The fake Discord received {violations.Count} request(s) that break Discord's rules:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", violations))
    {
        Violations = violations;
    }

    /// <summary>Creates the exception with a message.</summary>
    public FakeDiscordViolationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public FakeDiscordViolationException(string message)
        : base(message)
    {
        Violations = [];
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public FakeDiscordViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    /// <summary>What was wrong, one entry per rule broken.</summary>
    public IReadOnlyList<FakeViolation> Violations { get; }
}
