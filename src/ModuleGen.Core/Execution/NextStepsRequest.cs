namespace ModuleGen.Core.Execution;

/// <summary>Asks for the recipe of a module's stored plan.</summary>
/// <param name="Module">The module name.</param>
/// <param name="Format">"json" (the default) or "mermaid" to add a graph of the bricks with their progress.</param>
public sealed record NextStepsRequest(string? Module, string? Format);
