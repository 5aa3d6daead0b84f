namespace ModuleGen.Core.Registry.Toml;

/// <summary>Is a parsed TOML document: its tables in file order, the root table first.</summary>
/// <param name="Tables">The tables.</param>
public sealed record TomlDocument(IReadOnlyList<TomlTable> Tables)
{
    /// <summary>Returns the elements of the array of tables with this dotted name (e.g. "workspace.projects").</summary>
    public IEnumerable<TomlTable> ArrayOf(string name) => Tables.Where(t => t.IsArrayElement && t.Name == name);
}
