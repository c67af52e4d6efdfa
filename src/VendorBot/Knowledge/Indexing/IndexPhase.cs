namespace VendorBot.Knowledge.Indexing;

/// <summary>The phases of an indexing run, in order; each reports its own progress.</summary>
public enum IndexPhase
{
    /// <summary>Reading, parsing and chunking the files (no lock on the index yet).</summary>
    Reading,

    /// <summary>Writing the documents and their passages in the transaction.</summary>
    WritingPassages,

    /// <summary>Finding and writing the attributed claims and event years of each written document.</summary>
    Claims,

    /// <summary>Building or merging the full-text index and committing (one step; no count).</summary>
    FtsMerge,
}
