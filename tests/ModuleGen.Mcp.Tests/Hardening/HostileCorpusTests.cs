using System.Text.Json;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Hardening;

/// <summary>Runs the hostile-input corpus (<see cref="HostileCorpus"/>) against every tool that writes: each call is
/// refused with its code at its pointer, and the workspace tree (links and the folder outside included) hashes the
/// same before and after — only the call log under .modulegen/logs may grow.</summary>
public sealed class HostileCorpusTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    private const string LogFolder = ".modulegen/logs";

    public static TheoryData<string> Rows => new(HostileCorpus.All.Select(r => r.ToString()));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task HostileCall_IsRefused_AndNothingChanges(string label)
    {
        var row = HostileCorpus.All.Single(r => r.ToString() == label);
        try
        {
            var arguments = row.Arguments(fixture);
            var before = fixture.Workspace.TreeHash(LogFolder);

            var result = await fixture.Client.CallToolAsync(row.Tool,
                arguments.Deserialize<Dictionary<string, object?>>()!, cancellationToken: StdioServer.Deadline());

            result.IsError.Should().BeTrue($"{label} must be refused");
            var errors = result.StructuredContent!.Value.GetProperty("errors").EnumerateArray()
                .Select(e => (Code: e.GetProperty("code").GetString(), Pointer: e.GetProperty("pointer").GetString())).ToArray();
            errors.Should().Contain((row.Code, row.Pointer), $"{label} answered {string.Join(", ", errors)}");
            fixture.Workspace.TreeHash(LogFolder).Should().Be(before, $"{label} must write nothing");
        }
        finally
        {
            fixture.RestoreRegistry();
        }
    }

    [Fact]
    public async Task EveryWritingTool_HasRows()
    {
        var tools = await fixture.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        var writing = tools.Where(t => t.ProtocolTool.Annotations?.ReadOnlyHint is not true).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();
        var covered = HostileCorpus.All.Select(r => r.Tool).Distinct().ToHashSet(StringComparer.Ordinal);

        writing.Should().NotBeEmpty();
        writing.Where(t => !covered.Contains(t)).Should().BeEmpty("every tool that writes needs hostile-input rows in HostileCorpus");
        covered.Should().BeSubsetOf(tools.Select(t => t.Name), "rows must name listed tools");
    }
}
