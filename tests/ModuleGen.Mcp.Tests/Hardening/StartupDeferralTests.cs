using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Server;
using ModuleGen.Mcp.Hosting;
using Serilog.Events;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Guards the start-up budget (BENCHMARKS.md): constructing the server must not create the tools or prompts or
/// open the workspace; a registration that enumerates the tool collection early (e.g. a PostConfigure rewriting
/// schemas) would silently undo that.</summary>
public sealed class StartupDeferralTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ConstructingTheServer_CreatesNoToolPromptOrWorkspace_UntilFirstUse()
    {
        var input = new Pipe();
        var output = new Pipe();
        await using var services = ServerComposition.Build(
            new ServerSettings(_ws.Root, LogEventLevel.Warning, LogEventLevel.Fatal),
            b => b.WithStreamServerTransport(input.Reader.AsStream(), output.Writer.AsStream()));

        _ = services.GetRequiredService<McpServer>();

        var tools = services.GetRequiredService<DeferredToolCollection>();
        var prompts = services.GetRequiredService<DeferredPrompts>();
        var host = services.GetRequiredService<WorkspaceHost>();
        tools.IsLoaded.Should().BeFalse("tools are created after initialize is answered");
        prompts.IsLoaded.Should().BeFalse("prompts are created after initialize is answered");
        host.IsOpened.Should().BeFalse("modulegen.yaml is read after initialize is answered");

        tools.Select(t => t.ProtocolTool.Name).Should().Contain(["build_context", "scaffold", "audit_workspace"]);
        tools.IsLoaded.Should().BeTrue();
        host.Workspace.IsOk.Should().BeTrue();
        await input.Writer.CompleteAsync();
    }

    public void Dispose() => _ws.Dispose();
}
