namespace ModuleGen.Core.Scaffolding;

/// <summary>Reports the value a scaffold used for one variable, and where it came from.</summary>
/// <param name="Name">Variable name.</param>
/// <param name="Type">string, int, bool, choice or port.</param>
/// <param name="Value">The value as text (booleans as true/false).</param>
/// <param name="Origin">given, default, minimum (a default raised to the pack's minimum version), allocated (a free port) or reused (the port in the target's answers file).</param>
public sealed record ResolvedVariable(string Name, string Type, string Value, string Origin);
