namespace VendorBot.Discord.Fakes.Rest;

/// <summary>Path helpers: pattern matching and Discord's major parameters.</summary>
internal static class FakeRestPath
{
    /// <summary>True when <paramref name="path"/> has the pattern's segments, <c>*</c> matching any one.</summary>
    public static bool Matches(string pattern, string path)
    {
        var expected = pattern.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(pair => pair.First == "*" || string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }

    /// <summary>The part of the path that splits buckets: channel, guild, webhook id + token, or interaction.</summary>
    public static string MajorParameter(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments switch
        {
            ["channels" or "guilds" or "interactions", var id, ..] => $"{segments[0]}/{id}",
            ["webhooks", var id, var token, ..] => $"webhooks/{id}/{token}",
            ["applications", _, "guilds", var guild, ..] => $"guilds/{guild}",
            _ => "",
        };
    }

    /// <summary>The path with ids and tokens replaced by <c>*</c>: <c>channels/*/messages</c>.</summary>
    public static string Template(string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var isToken = i == 2 && segments[0] is "webhooks" or "interactions";
            if (isToken || (segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit)))
            {
                segments[i] = "*";
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Interaction callbacks and webhook routes are authorised by their token in the path, not a header.</summary>
    public static bool RequiresAuthorization(string path) =>
        !path.StartsWith("interactions/", StringComparison.Ordinal) && !path.StartsWith("webhooks/", StringComparison.Ordinal);
}
