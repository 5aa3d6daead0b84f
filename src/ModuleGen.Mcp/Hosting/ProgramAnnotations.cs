using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using ModuleGen.Core.Programs;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Keeps the annotations of the tools that can run a program true in every mode: when the user allowed dg,
/// <c>verify_files</c> and <c>audit_workspace</c> run the project's own Python code through it, which ModuleGen cannot
/// bound, so they are listed as not read-only and open-world (neither destructive nor repeated-call sensitive);
/// otherwise they keep the hints tool-list.json gives them.</summary>
/// <remarks>Clients decide from these hints (and the user's allow-list) whether to ask before a call; a tool that runs
/// a cloned repository's code must not look read-only to them. A read-only server never runs a program
/// (<see cref="ToolSurface.Programs"/>), so its tools keep the read-only hints.</remarks>
internal static class ProgramAnnotations
{
    /// <summary>The tools that run dg when the user allowed it.</summary>
    public static IReadOnlyList<string> Tools { get; } = ["audit_workspace", "verify_files"];

    /// <summary>Re-annotates <see cref="Tools"/> once the tools are composed, when <paramref name="programs"/> allows any program.</summary>
    public static IMcpServerBuilder WithProgramAnnotations(this IMcpServerBuilder builder, ProgramPermissions programs)
    {
        if (!programs.Allowed.Any(programs.Allows))
        {
            return builder;
        }

        builder.Services.PostConfigure<McpServerOptions>(options =>
        {
            foreach (var tool in (options.ToolCollection ?? []).Where(t => Tools.Contains(t.ProtocolTool.Name)))
            {
                tool.ProtocolTool.Annotations = new ToolAnnotations
                {
                    ReadOnlyHint = false,
                    DestructiveHint = false,
                    IdempotentHint = true,
                    OpenWorldHint = true,
                };
            }
        });
        return builder;
    }
}
