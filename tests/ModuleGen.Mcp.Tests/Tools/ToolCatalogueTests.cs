using System.Text.Json;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Tools;

/// <summary>What a model reads in tools/list: purpose first, described parameters, honest hints, an output schema.</summary>
public sealed class ToolCatalogueTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task BuildContext_IsDescribedAnnotatedAndSchematised()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        var tool = tools.Single(t => t.Name == "build_context").ProtocolTool;

        tool.Description.Should().StartWith("Gathers the context for adding a module");
        tool.Annotations!.ReadOnlyHint.Should().BeTrue();
        tool.Annotations.OpenWorldHint.Should().BeFalse();
        tool.Annotations.DestructiveHint.Should().BeNull("the protocol gives destructiveHint meaning only for writing tools");
        var input = tool.InputSchema;
        input.GetProperty("properties").GetProperty("module").GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        input.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("module");
        var output = tool.OutputSchema!.Value.GetProperty("properties");
        output.EnumerateObject().Select(p => p.Name).Should().Contain(["module", "workspace_root", "stacks", "existing_modules", "ports_in_use", "templates", "artifacts", "config", "scan"]);
    }

    [Fact]
    public async Task EveryOutputSchema_IsFlatAndAdmitsTheFailureEnvelope()
    {
        // TypeScript-SDK clients validate structuredContent even on isError results; {"errors": [...]} must conform.
        await using var server = await InProcess.StartAsync(_ws.Root);
        var failure = JsonDocument.Parse("""{"errors": [{"code": "argument.invalid", "pointer": "/module", "message": "m", "hint": "h"}]}""").RootElement;

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            var schema = tool.ProtocolTool.OutputSchema;
            schema.Should().NotBeNull(tool.Name);
            schema!.Value.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["type", "properties"], $"{tool.Name}: no required, anyOf or descriptions");
            schema.Value.GetProperty("type").GetString().Should().Be("object", tool.Name);
            foreach (var property in schema.Value.GetProperty("properties").EnumerateObject())
            {
                property.Value.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(["type"], $"{tool.Name}.{property.Name} keeps its JSON type only");
            }

            schema.Value.GetProperty("properties").GetProperty("errors").GetProperty("type").GetString().Should().Be("array", tool.Name);
            OutputSchemaCheck.Violations(schema.Value, failure).Should().BeEmpty(tool.Name);
        }
    }

    [Theory]
    [InlineData("build_context", """{"module": "orders"}""")]
    [InlineData("build_context", """{"module": "../orders"}""")]
    [InlineData("list_templates", "{}")]
    [InlineData("describe_template", """{"template": "dagster-module"}""")]
    [InlineData("describe_template", """{"template": "nope"}""")]
    [InlineData("list_plans", "{}")]
    [InlineData("load_plan", """{"module": "orders"}""")]
    [InlineData("audit_workspace", "{}")]
    [InlineData("scaffold", """{"template": "intent-docs", "target_dir": "modules/orders", "variables": {"module": "orders"}, "dry_run": true}""")]
    public async Task Results_SuccessOrFailure_ConformToTheListedOutputSchema(string name, string arguments)
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tool = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Single(t => t.Name == name);
        var args = JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments);

        var result = await server.Client.CallToolAsync(name, args, cancellationToken: StdioServer.Deadline());

        OutputSchemaCheck.Violations(tool.ProtocolTool.OutputSchema!.Value, result.StructuredContent!.Value).Should().BeEmpty();
    }

    [Fact]
    public async Task EveryParameter_HasAJsonType()
    {
        // Clients that convert arguments by type (the Inspector CLI parses object and array values) need one.
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tools = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).ToDictionary(t => t.Name);

        foreach (var (name, tool) in tools)
        {
            foreach (var parameter in tool.ProtocolTool.InputSchema.GetProperty("properties").EnumerateObject())
            {
                parameter.Value.TryGetProperty("type", out _).Should().BeTrue($"{name}.{parameter.Name}");
            }
        }

        Type(tools["scaffold"], "variables").Should().Be("object");
        Type(tools["scaffold"], "addons").Should().Be("array");
        Type(tools["store_plan"], "plan").Should().Be("object");
        Type(tools["store_plan"], "expected_revision").Should().Be("string", "an optional argument is left out, not null");

        static string Type(ModelContextProtocol.Client.McpClientTool tool, string parameter) =>
            tool.ProtocolTool.InputSchema.GetProperty("properties").GetProperty(parameter).GetProperty("type").GetRawText().Trim('"');
    }

    [Fact]
    public async Task NoTool_SpendsTheCatalogueOnADisplayTitle()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            // Clients display the tool's name without one; the 20 KB catalogue is read into every session.
            tool.ProtocolTool.Title.Should().BeNull(tool.Name);
            tool.ProtocolTool.Annotations!.Title.Should().BeNull(tool.Name);
        }
    }

    [Fact]
    public async Task EveryTool_HasADescriptionStartingWithItsPurposeAndDescribedParameters()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            tool.Description.Should().NotBeNullOrWhiteSpace(tool.Name);
            tool.Name.Should().MatchRegex("^[a-z]+(_[a-z]+)*$");
            tool.ProtocolTool.Annotations!.OpenWorldHint.Should().BeFalse(tool.Name);
            if (tool.ProtocolTool.InputSchema.TryGetProperty("properties", out var properties))
            {
                foreach (var parameter in properties.EnumerateObject())
                {
                    parameter.Name.Should().MatchRegex("^[a-z]+(_[a-z]+)*$", "wire names are snake_case");
                    parameter.Value.TryGetProperty("description", out var d).Should().BeTrue($"{tool.Name}.{parameter.Name} needs a description");
                    d.GetString().Should().NotBeNullOrWhiteSpace();
                }
            }
        }
    }

    public void Dispose() => _ws.Dispose();
}
