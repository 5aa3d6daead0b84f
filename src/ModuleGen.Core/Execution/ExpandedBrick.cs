using ModuleGen.Core.Plans;

namespace ModuleGen.Core.Execution;

/// <summary>Is one brick of a plan with its sub-plans expanded: a qualified name, the brick as planned, and its
/// dependencies as qualified names.</summary>
/// <param name="Name">The brick's name, prefixed by the names of the bricks whose sub-plans it came from
/// ("store.loader" is brick "loader" of the sub-plan of brick "store").</param>
/// <param name="Brick">The brick as its plan wrote it.</param>
/// <param name="DependsOn">Qualified names of the bricks it needs first.</param>
/// <param name="PlanPath">The plan file the brick comes from.</param>
/// <param name="Depth">0 for the plan's own bricks, 1 for bricks of its sub-plans, and so on.</param>
/// <param name="Module">The module of the plan the brick comes from.</param>
/// <param name="Index">The brick's position in that plan (its pointer there is /bricks/&lt;index&gt;).</param>
public sealed record ExpandedBrick(string Name, PlanBrick Brick, IReadOnlyList<string> DependsOn, string PlanPath, int Depth, string Module, int Index)
{
    /// <summary>Returns the JSON pointer of one of the brick's fields in its own plan file.</summary>
    public string Pointer(string field) => $"/bricks/{Index}/{field}";
}
