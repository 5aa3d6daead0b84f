namespace ModuleGen.Core.Registry;

/// <summary>Is the marker block that registers one module in one registry file.</summary>
/// <param name="Id">The marker id (<c>modulegen:&lt;id&gt;</c>), the same the scaffold's workspace add-on uses.</param>
/// <param name="Content">The block's content (each line ending in "\n").</param>
/// <param name="Anchor">A regular expression: a new block goes after the first matching line (null: at the end).</param>
/// <param name="Indent">Spaces before the marker lines.</param>
/// <param name="Comment">Comment syntax of the marker lines.</param>
public sealed record RegistryBlock(string Id, string Content, string? Anchor, int Indent, string Comment);
