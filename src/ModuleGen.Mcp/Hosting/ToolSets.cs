namespace ModuleGen.Mcp.Hosting;

/// <summary>Names the groups of tools a user can enable (<c>modulegen serve --toolsets context,scaffold</c>): every tool
/// belongs to exactly one set, named for the step of the work it serves; <c>minimal</c> picks across them what an agent
/// needs to scaffold a module and check it.</summary>
/// <remarks>The sets follow the skill's steps, so a session that only does part of the work lists only its tools
/// (tools/list is read into every session's context). <c>default</c> (or <c>all</c>) is every set, what a server lists
/// when nothing is chosen.</remarks>
internal static class ToolSets
{
    /// <summary>The set of the shortest path: context, the pack's variables, scaffold, verify.</summary>
    public const string Minimal = "minimal";

    /// <summary>Every set: what the server lists when no set is chosen.</summary>
    public const string Default = "default";

    /// <summary>Another name for <see cref="Default"/>.</summary>
    public const string All = "all";

    /// <summary>Gets the sets, each with what it is for and its tools, in the order `modulegen serve --help` lists them.</summary>
    public static IReadOnlyList<ToolSet> Sets { get; } =
    [
        new("context", "the workspace's facts and the template packs", ["build_context", "list_templates", "describe_template"]),
        new("plans", "the plan, brick documents and the restartable recipe",
            ["render_plan_prompt", "validate_plan", "store_plan", "load_plan", "list_plans", "resolve_brick_specs", "next_steps", "record_step"]),
        new("scaffold", "rendering a pack into a module", ["scaffold"]),
        new("update", "re-rendering a generated module, merged with its edits", ["update_module"]),
        new("registry", "registration in the workspace's registry and deployments",
            ["workspace_list", "workspace_validate", "workspace_add", "workspace_remove", "workspace_sync", "configure_deployment"]),
        new("audit", "checking files against the plan and auditing the workspace", ["verify_files", "audit_workspace"]),
        new("docs", "the spec-driven pipeline's documents and gates", ["check_docs", "next_id", "trace_matrix", "check_gate"]),
    ];

    /// <summary>Gets the tools of <see cref="Minimal"/>.</summary>
    public static IReadOnlyList<string> MinimalTools { get; } = ["build_context", "describe_template", "scaffold", "verify_files"];

    /// <summary>Gets every tool name, ordinal order (the order tools/list gives them).</summary>
    public static IReadOnlyList<string> AllTools { get; } = [.. Sets.SelectMany(s => s.Tools).Order(StringComparer.Ordinal)];

    /// <summary>Gets every name <c>--toolsets</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Sets.Select(s => s.Name), Minimal, Default, All];

    /// <summary>Gets, for the tools that write only when asked to, the arguments that make them write. In read-only
    /// mode these tools stay listed without those arguments (and refuse them); every other tool that writes is
    /// hidden.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> WritingArguments { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["audit_workspace"] = ["report_path"],
        ["resolve_brick_specs"] = ["create_missing"],
    };

    /// <summary>Returns the tools of a set name <c>--toolsets</c> accepts, or null for an unknown name.</summary>
    public static IReadOnlyList<string>? ToolsOf(string name) => name switch
    {
        Minimal => MinimalTools,
        Default or All => AllTools,
        _ => Sets.FirstOrDefault(s => s.Name == name)?.Tools,
    };

    /// <summary>Returns the set a tool belongs to, or null for a name that is not a ModuleGen tool.</summary>
    public static string? SetOf(string tool) => Sets.FirstOrDefault(s => s.Tools.Contains(tool, StringComparer.Ordinal))?.Name;

    /// <summary>A named group of tools.</summary>
    /// <param name="Name">What <c>--toolsets</c> takes.</param>
    /// <param name="Purpose">What the set is for, as help text.</param>
    /// <param name="Tools">Its tools.</param>
    public sealed record ToolSet(string Name, string Purpose, IReadOnlyList<string> Tools);
}
