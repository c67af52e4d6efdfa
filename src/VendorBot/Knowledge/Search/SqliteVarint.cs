namespace VendorBot.Knowledge.Search;

/// <summary>Reads SQLite's variable-length integers (as stored in FTS5's averages record and docsize blobs).</summary>
internal static class SqliteVarint
{
    private const int MaxBytes = 9;

    /// <summary>Reads every varint in <paramref name="data"/>, at most <paramref name="maxCount"/>.</summary>
    public static long[] ReadAll(ReadOnlySpan<byte> data, int maxCount)
    {
        var values = new List<long>(maxCount);
        var position = 0;
        while (position < data.Length && values.Count < maxCount)
        {
            position += Read(data[position..], out var value);
            values.Add(value);
        }

        return [.. values];
    }

    private static int Read(ReadOnlySpan<byte> data, out long value)
    {
        ulong result = 0;
        for (var i = 0; i < data.Length && i < MaxBytes; i++)
        {
            var b = data[i];
            if (i == MaxBytes - 1)
            {
                value = (long)((result << 8) | b);
                return MaxBytes;
            }

            result = (result << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                value = (long)result;
                return i + 1;
            }
        }

        value = (long)result;
        return data.Length;
    }
}
