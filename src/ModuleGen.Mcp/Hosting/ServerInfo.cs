using System.Reflection;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Names the server and tells an agent, in a few lines, the order in which the tools are meant to be used.</summary>
internal static class ServerInfo
{
    public const string Name = "modulegen";

    public const string Instructions =
        """
        ModuleGen adds a module to this repository the way a careful engineer would; it is deterministic and never writes outside the workspace.
        Order: build_context (names, stacks, ports, existing artefacts) first; then write a contract and spec, render_plan_prompt,
        validate_plan and store_plan; resolve_brick_specs; scaffold with dry_run=true before applying; implement; then verify_files
        and audit_workspace; finally workspace_add / configure_deployment. next_steps / record_step keep a restartable recipe.
        For spec-driven modules (INTENT/REQ/SCEN/TASK documents) use check_docs, next_id, trace_matrix, check_gate and the step_*
        prompts. Errors come back as isError results listing code, JSON pointer, message and hint: fix the named value and call again.
        """;

    /// <summary>Gets the version from the assembly's informational version, without the source revision suffix.</summary>
    public static string Version { get; } =
        (typeof(ServerInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
            .Split('+')[0];
}
