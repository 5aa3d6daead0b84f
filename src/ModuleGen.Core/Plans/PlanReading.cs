using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Holds a plan as read from JSON and the shape problems found while reading it (empty when well-formed).</summary>
/// <param name="Plan">The plan; fields that were missing or malformed read as "" or null.</param>
/// <param name="Errors">Every shape problem, each with its JSON pointer.</param>
public sealed record PlanReading(ModulePlan Plan, IReadOnlyList<ToolError> Errors);
