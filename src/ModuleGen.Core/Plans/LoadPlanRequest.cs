namespace ModuleGen.Core.Plans;

/// <summary>Asks for a module's stored plan.</summary>
/// <param name="Module">The module name.</param>
/// <param name="Format">"json" (the default) or "mermaid" to add a dependency graph.</param>
public sealed record LoadPlanRequest(string? Module, string? Format);
