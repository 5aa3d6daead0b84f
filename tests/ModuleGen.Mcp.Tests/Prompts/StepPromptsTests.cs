using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Prompts;

public sealed class StepPromptsTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ListPrompts_HasOnePromptPerWorkflowStep()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var prompts = await server.Client.ListPromptsAsync(cancellationToken: StdioServer.Deadline());

        prompts.Select(p => p.Name).Should().Contain(["step_intent_design", "step_requirements_scenarios", "step_tasks", "step_code_unit_tests", "step_compilation_fix", "step_e2e_tests", "step_actual_docs"]);
        prompts.Where(p => p.Name.StartsWith("step_", StringComparison.Ordinal)).Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p.Description));
    }

    [Fact]
    public async Task GetPrompt_RendersTheShippedTemplateWithTheModulesFindings()
    {
        SpecFixture.Load("invalid", "mg115-scenario-steps").WriteTo(_ws);
        await using var server = await InProcess.StartAsync(_ws.Root);

        var prompt = await server.Client.GetPromptAsync("step_requirements_scenarios", new Dictionary<string, object?> { ["module"] = "oagw" }, cancellationToken: StdioServer.Deadline());

        var text = ((TextContentBlock)prompt.Messages.Single().Content).Text;
        text.Should().Contain("REQ-OAGW-01").And.Contain("[MG115 warning]").And.NotContain("{{");
        prompt.Description.Should().Contain("built-in:prompts/steps/requirements_scenarios.sbn");
    }

    [Fact]
    public async Task GetPrompt_BadModule_IsAProtocolError()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var call = async () => await server.Client.GetPromptAsync("step_tasks", new Dictionary<string, object?> { ["module"] = "../x" }, cancellationToken: StdioServer.Deadline());

        (await call.Should().ThrowAsync<McpException>()).Which.Message.Should().Contain("name.path_separator");
    }

    public void Dispose() => _ws.Dispose();
}
