namespace VendorBot.State;

/// <summary>
/// A table that older VendorBot versions kept in the index file and that now lives in the state store under the same
/// name and columns; its rows are moved once (parents before children) and the index's copy dropped.
/// </summary>
/// <param name="Name">The table name, the same in both stores.</param>
/// <param name="Columns">The columns copied.</param>
public sealed record LegacyTable(string Name, IReadOnlyList<string> Columns);
