namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Is one condition of a gate: a stable name, whether it holds, and what was found.</summary>
public sealed record GateCheck(string Name, bool Passed, string Detail);
