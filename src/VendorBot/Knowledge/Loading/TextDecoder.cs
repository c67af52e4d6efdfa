using System.Text;

namespace VendorBot.Knowledge.Loading;

/// <summary>Turns file bytes into text strictly: UTF-8 (BOM dropped), no NUL bytes, line ends normalised to LF.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <exception cref="DocumentLoadException">The bytes are binary or not UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new DocumentLoadException("binary content (NUL bytes), not a text document");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentLoadException("not valid UTF-8 text (binary or another encoding)", ex);
        }

        return NormaliseLineEnds(text);
    }

    /// <summary>Turns CRLF and lone CR into LF.</summary>
    public static string NormaliseLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
}
