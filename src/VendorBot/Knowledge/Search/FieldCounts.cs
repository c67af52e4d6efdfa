namespace VendorBot.Knowledge.Search;

/// <summary>A count per indexed column of <c>passages_fts</c>: title, heading path, body.</summary>
internal readonly record struct FieldCounts(double Title, double Heading, double Body)
{
    /// <summary>Builds counts from the first three values of <paramref name="values"/> (missing ones are 0).</summary>
    public static FieldCounts From(IReadOnlyList<long> values) => new(
        values.Count > 0 ? values[0] : 0,
        values.Count > 1 ? values[1] : 0,
        values.Count > 2 ? values[2] : 0);
}
