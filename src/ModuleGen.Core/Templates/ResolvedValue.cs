namespace ModuleGen.Core.Templates;

/// <summary>Holds what a path resolved to while checking: whether it exists, its value, and whether it sits where
/// anything goes (inside an each over an empty list).</summary>
internal sealed record ResolvedValue(bool Ok, object? Value, bool Permissive);
