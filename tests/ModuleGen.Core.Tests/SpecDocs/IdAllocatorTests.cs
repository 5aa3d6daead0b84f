using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

public sealed class IdAllocatorTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("req", "REQ-OAGW-05", 2)]
    [InlineData("scen", "SCEN-OAGW-05", 2)]
    [InlineData("TASK", "TASK-OAGW-05", 2)]
    [InlineData("phase", "PHASE-OAGW-3", 1)]
    public void Next_CleanSet_FollowsTheHighestUsedNumberAndTheDefinitionsPadding(string kind, string expected, int width)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);

        var next = Allocator().Next(new NextIdRequest("oagw", kind));

        next.Value.Id.Should().Be(expected);
        next.Value.Width.Should().Be(width);
    }

    [Theory]
    [InlineData("### REQ-OAGW-42: A\nIt MUST.\n\n### REQ-OAGW-43: B\nIt MUST.\n", "REQ-OAGW-44", 1)]
    [InlineData("### REQ-OAGW-007: A\nIt MUST.\n", "REQ-OAGW-008", 3)]
    [InlineData("# Nothing yet\n", "REQ-OAGW-01", 2)]
    [InlineData("### REQ-OAGW-01: A\nIt MUST.\n\n### REQ-OAGW-12: B\nIt MUST.\n", "REQ-OAGW-13", 2)]
    [InlineData("### REQ-OAGW-1: A\nIt MUST (REQ-OAGW-01).\n\n### REQ-OAGW-2: B\nIt MUST.\n", "REQ-OAGW-3", 1)]
    public void Next_FollowsTheDocumentsStyle(string requirements, string expected, int width)
    {
        _ws.Write("modules/oagw/docs/INTENT_REQUIREMENTS.md", requirements);

        var next = Allocator().Next(new NextIdRequest("oagw", "req"));

        (next.Value.Id, next.Value.Width).Should().Be((expected, width));
    }

    [Fact]
    public void Next_ConfiguredPrefix_IsUsed()
    {
        _ws.Write("modulegen.yaml", "docs:\n  id_prefixes:\n    outbound_gateway: OAGW\n");
        _ws.Write("modules/outbound_gateway/docs/INTENT_SCENARIOS.md", "### SCEN-OAGW-01: A\n");

        Allocator().Next(new NextIdRequest("outbound gateway", "scen")).Value.Id.Should().Be("SCEN-OAGW-02");
    }

    [Theory]
    [InlineData("oagw", "story", "docs.unknown_kind", "/kind")]
    [InlineData("oagw", null, "argument.missing", "/kind")]
    [InlineData("missing", "req", "docs.folder_missing", "/module")]
    [InlineData("../oagw", "req", "name.path_separator", "/module")]
    public void Next_BadArguments_AreRefused(string module, string? kind, string code, string pointer)
    {
        _ws.Write("modules/oagw/docs/INTENT_DESIGN.md", "# Design\n");

        var next = Allocator().Next(new NextIdRequest(module, kind));

        next.IsOk.Should().BeFalse();
        (next.Errors[0].Code, next.Errors[0].Pointer).Should().Be((code, pointer));
    }

    [Fact]
    public void Next_InvalidConfiguredPrefix_IsRefused()
    {
        _ws.Write("modulegen.yaml", "docs:\n  id_prefixes:\n    oagw: oa-gw\n");
        _ws.Write("modules/oagw/docs/INTENT_DESIGN.md", "# Design\n");

        var next = Allocator().Next(new NextIdRequest("oagw", "req"));

        (next.Errors[0].Code, next.Errors[0].Pointer).Should().Be(("docs.invalid_prefix", "/config/docs/id_prefixes/oagw"));
    }

    private IdAllocator Allocator() => new(new SpecDocsServices(_ws.Root).Loader);

    public void Dispose() => _ws.Dispose();
}
