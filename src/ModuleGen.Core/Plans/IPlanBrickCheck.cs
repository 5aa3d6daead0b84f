using ModuleGen.Core.Common;

namespace ModuleGen.Core.Plans;

/// <summary>Checks a brick's template inputs (pack, add-ons, variable names and values) the way scaffolding will, so a
/// plan that could not be scaffolded is refused when it is validated or stored, with the scaffold's own codes.</summary>
/// <remarks>Implemented beside the scaffold (which the plans capability does not reference); the pointers of the errors
/// returned are inside the brick (<c>/bricks/0/addons/1</c>).</remarks>
public interface IPlanBrickCheck
{
    /// <summary>Returns every problem of the brick's template inputs; <paramref name="pointer"/> is the brick's pointer.</summary>
    IReadOnlyList<ToolError> Check(string module, PlanBrick brick, string pointer);
}
