namespace ModuleGen.Core.Registry.Toml;

/// <summary>Is one <c>key = value</c> line of a TOML table.</summary>
/// <param name="Key">The key path (dotted keys have several parts).</param>
/// <param name="Value">string, long, double, bool, a date/time as its text, IReadOnlyList&lt;object?&gt; or IReadOnlyDictionary&lt;string, object?&gt;.</param>
/// <param name="Line">1-based line of the key.</param>
public sealed record TomlEntry(IReadOnlyList<string> Key, object? Value, int Line);
