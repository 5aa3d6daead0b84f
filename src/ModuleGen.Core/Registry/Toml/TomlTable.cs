namespace ModuleGen.Core.Registry.Toml;

/// <summary>Is one table of a TOML document: the root table, a <c>[table]</c> or one element of an <c>[[array]]</c>.</summary>
/// <param name="Path">The table's key path (empty for the root table).</param>
/// <param name="IsArrayElement">True for an <c>[[array]]</c> element.</param>
/// <param name="Line">1-based line of its header (0 for the root table).</param>
/// <param name="Entries">Its key/value pairs in file order.</param>
public sealed record TomlTable(IReadOnlyList<string> Path, bool IsArrayElement, int Line, IReadOnlyList<TomlEntry> Entries)
{
    /// <summary>Gets the dotted path, e.g. "workspace.projects".</summary>
    public string Name => string.Join('.', Path);

    /// <summary>Returns the value of a (non-dotted) key, or null.</summary>
    public TomlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Count == 1 && e.Key[0] == key);
}
