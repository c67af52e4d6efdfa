namespace VendorBot.Knowledge.Search;

/// <summary>A count per indexed column of <c>passages_fts</c>: title, heading path, body.</summary>
internal readonly record struct FieldCounts(double Title, double Heading, double Body)
{
    /// <summary>Returns these counts with <paramref name="amount"/> added to the column named <paramref name="column"/>.</summary>
    public FieldCounts Add(string column, double amount) => column switch
    {
        "title" => this with { Title = Title + amount },
        "heading_path" => this with { Heading = Heading + amount },
        _ => this with { Body = Body + amount },
    };

    /// <summary>Builds counts from the first three values of <paramref name="values"/> (missing ones are 0).</summary>
    public static FieldCounts From(IReadOnlyList<long> values) => new(
        values.Count > 0 ? values[0] : 0,
        values.Count > 1 ? values[1] : 0,
        values.Count > 2 ? values[2] : 0);
}
