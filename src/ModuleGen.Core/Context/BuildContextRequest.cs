namespace ModuleGen.Core.Context;

/// <summary>Asks for the context of one module.</summary>
/// <param name="Module">The module name as the user gave it.</param>
public sealed record BuildContextRequest(string? Module);
