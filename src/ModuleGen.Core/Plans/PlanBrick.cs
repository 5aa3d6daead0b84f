using System.Text.Json;
using System.Text.Json.Serialization;

namespace ModuleGen.Core.Plans;

/// <summary>Describes one brick of a plan: a self-contained piece of the module with its own contract, spec and folder.</summary>
/// <remarks>The six required fields come from the plan format; the rest are ModuleGen's optional additions. Unknown fields
/// are kept in <see cref="Extensions"/>, written after the known ones.</remarks>
public sealed record PlanBrick
{
    /// <summary>Gets the brick's identifier: a lowercase letter, then lowercase letters, digits or '_' (at most 64).</summary>
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Gets the workspace-relative path of the brick's contract (what it promises).</summary>
    public required string ContractPath { get; init; }

    /// <summary>Gets the workspace-relative path of the brick's implementation spec (how it is built).</summary>
    public required string SpecPath { get; init; }

    /// <summary>Gets the workspace-relative folder the brick's code goes to.</summary>
    public required string TargetDir { get; init; }

    /// <summary>Gets the brick's kind, one of <see cref="BrickTypes.Known"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the names of bricks this one needs first (acyclic).</summary>
    public IReadOnlyList<string>? DependsOn { get; init; }

    /// <summary>Gets the template pack to scaffold from; when absent, <see cref="BrickTypes.DefaultTemplate"/> of the type.</summary>
    public string? Template { get; init; }

    /// <summary>Gets the template variables, passed to the scaffold as given.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Variables { get; init; }

    /// <summary>Gets the template add-ons to enable.</summary>
    public IReadOnlyList<string>? Addons { get; init; }

    /// <summary>Gets the files the brick must produce, relative to <see cref="TargetDir"/>.</summary>
    public IReadOnlyList<string>? Files { get; init; }

    /// <summary>Gets the workspace-relative path of a sub-plan whose bricks make up this brick (recursive bricks).</summary>
    [JsonPropertyName("plan")]
    public string? SubPlan { get; init; }

    /// <summary>Gets the brick fields ModuleGen does not know, in their original order.</summary>
    /// <remarks>Settable only because System.Text.Json's extension data cannot bind to init-only properties;
    /// treat it as read-only.</remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
