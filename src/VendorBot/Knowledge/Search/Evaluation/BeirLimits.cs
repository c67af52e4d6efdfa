namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>Numbers of BEIR runs.</summary>
internal static class BeirLimits
{
    /// <summary>Documents per query in a run (BEIR's usual depth; Recall@100 needs 100).</summary>
    public const int DefaultDepth = 100;

    /// <summary>Passages fetched per document wanted, so that aggregating passages to documents still fills the ranking.</summary>
    public const int PassagesPerDocument = 2;
}
