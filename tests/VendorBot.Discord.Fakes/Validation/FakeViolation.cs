namespace VendorBot.Discord.Fakes.Validation;

/// <summary>Something a client sent that Discord's spec or docs forbid.</summary>
/// <param name="Method">The HTTP method (or "GATEWAY").</param>
/// <param name="Route">The request path after <c>/api/v10/</c>.</param>
/// <param name="Rule">Which rule: <c>route</c>, <c>schema</c>, <c>user-agent</c>, <c>authorization</c>, <c>content-type</c>,
/// <c>callback-type</c>, <c>empty-message</c>, <c>embed-urls</c>, <c>custom-id</c>, <c>allowed-mentions</c>, <c>json</c>.</param>
/// <param name="Detail">What was wrong, for the failure message.</param>
public sealed record FakeViolation(string Method, string Route, string Rule, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Method} {Route}: [{Rule}] {Detail}";
}
