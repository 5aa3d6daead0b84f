using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModuleGen.Core.Plans;

/// <summary>Holds a module plan in the plan format: the module, optional metadata, and its bricks.</summary>
/// <remarks>
/// Properties serialise in declaration order, which is the canonical key order of a stored plan; fields ModuleGen
/// does not know are kept in <see cref="Extensions"/> and written after the known ones in their original order, so
/// a plan survives load and store unchanged. While a plan is being validated, a missing required string is "".
/// </remarks>
public sealed record ModulePlan
{
    /// <summary>Gets the module's snake_case name; the plan is stored as &lt;plans&gt;/&lt;module&gt;.json.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the creation time as the planner wrote it (kept verbatim, not parsed).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>Gets the planning session's id, when the planner recorded one.</summary>
    public string? ClaudeSession { get; init; }

    public required IReadOnlyList<PlanBrick> Bricks { get; init; }

    /// <summary>Gets the top-level fields ModuleGen does not know, in their original order.</summary>
    /// <remarks>Settable only because System.Text.Json's extension data cannot bind to init-only properties;
    /// treat it as read-only.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
