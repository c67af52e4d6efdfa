namespace VendorBot.State;

/// <summary>
/// A feature's tables in the state store: its migrations (version = how many ran, kept in <c>schema_versions</c> under
/// <paramref name="Feature"/>) and the tables it used to keep in the index file. Registered by the feature's <c>Add…</c>.
/// </summary>
/// <param name="Feature">The feature's key in <c>schema_versions</c> (<c>answering</c>, <c>bot</c>).</param>
/// <param name="Migrations">Index <c>i</c> takes the feature from version <c>i</c> to <c>i + 1</c>.</param>
/// <param name="LegacyTables">Tables moved from an older index file on first start, parents first.</param>
public sealed record StateSchema(string Feature, IReadOnlyList<StateMigration> Migrations, IReadOnlyList<LegacyTable> LegacyTables);
