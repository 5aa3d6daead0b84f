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
        tool.Annotations.DestructiveHint.Should().BeFalse();
        var input = tool.InputSchema;
        input.GetProperty("properties").GetProperty("module").GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        input.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("module");
        var output = tool.OutputSchema!.Value.GetProperty("properties");
        output.EnumerateObject().Select(p => p.Name).Should().Contain(["module", "workspace_root", "stacks", "existing_modules", "ports_in_use", "templates", "artifacts", "config", "scan"]);
    }

    [Fact]
    public async Task EveryOutputSchema_AdmitsTheFailureEnvelope()
    {
        // TypeScript-SDK clients validate structuredContent even on isError results; {"errors": [...]} must conform.
        await using var server = await InProcess.StartAsync(_ws.Root);

        foreach (var tool in await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline()))
        {
            if (tool.ProtocolTool.OutputSchema is not { } schema)
            {
                continue;
            }

            schema.GetProperty("type").GetString().Should().Be("object", tool.Name);
            schema.TryGetProperty("required", out _).Should().BeFalse($"{tool.Name}: top-level required would reject error results");
            var branches = schema.GetProperty("anyOf").EnumerateArray().Select(b => b.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToArray()).ToArray();
            branches.Should().HaveCount(2);
            branches[1].Should().Equal("errors");
            branches[0].Should().NotBeEmpty().And.NotContain("errors");
            schema.GetProperty("properties").GetProperty("errors").GetProperty("type").GetString().Should().Be("array");
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
