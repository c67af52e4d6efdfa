using System.Text.Json.Nodes;

namespace VendorBot.Discord.Fakes.Validation;

/// <summary>One operation of Discord's OpenAPI spec.</summary>
/// <param name="Method">GET, POST, PATCH, PUT or DELETE.</param>
/// <param name="Template">The path template, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="OperationId">The spec's operation id, e.g. <c>create_message</c>.</param>
/// <param name="RequiresBotToken">False when the spec allows the call without a token (interaction and webhook routes).</param>
/// <param name="RequestSchema">The <c>application/json</c> request body schema, if the operation takes one.</param>
public sealed record SpecOperation(string Method, string Template, string OperationId, bool RequiresBotToken, JsonNode? RequestSchema)
{
    private readonly string[] _segments = Template.Trim('/').Split('/');

    /// <summary>True when the path's segments fit the template; <paramref name="literals"/> counts the exact ones (more is a better fit).</summary>
    public bool Matches(IReadOnlyList<string> segments, out int literals)
    {
        literals = 0;
        if (segments.Count != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            var expected = _segments[i];
            if (expected.StartsWith('{') && expected.EndsWith('}'))
            {
                if (segments[i].Length == 0)
                {
                    return false;
                }
            }
            else if (string.Equals(expected, segments[i], StringComparison.Ordinal))
            {
                literals++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(SpecOperation? other) =>
        other is not null && Method == other.Method && Template == other.Template;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Template);
}
