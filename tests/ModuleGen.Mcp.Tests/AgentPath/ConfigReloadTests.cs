using System.Text.Json.Nodes;

namespace ModuleGen.Mcp.Tests.AgentPath;

/// <summary>An edit of modulegen.yaml takes effect on the next tool call: the model that is told "set docs.folder in
/// modulegen.yaml" cannot restart the server.</summary>
public sealed class ConfigReloadTests
{
    [Fact]
    public async Task ToolCall_AfterModulegenYamlChanged_UsesTheNewConfiguration_AndReportsABrokenOne()
    {
        await using var session = await ToolSession.StartAsync();
        (await Folder(session)).Should().Be("modules/{module}/docs");

        session.Workspace.Write("modulegen.yaml", "docs:\n  folder: docs/{module}\n");
        (await Folder(session)).Should().Be("docs/{module}");

        session.Workspace.Write("modulegen.yaml", "docs:\n  folder: [\n");
        (await session.Refused("build_context", new JsonObject { ["module"] = "orders" }))[0].GetProperty("code").GetString().Should().StartWith("config.");

        session.Workspace.Write("modulegen.yaml", "docs:\n  folder: specs/{module}\n");
        (await Folder(session)).Should().Be("specs/{module}");
    }

    private static async Task<string?> Folder(ToolSession session) =>
        (await session.Ok("build_context", new JsonObject { ["module"] = "orders" })).GetProperty("config").GetProperty("docs").GetProperty("folder").GetString();
}
