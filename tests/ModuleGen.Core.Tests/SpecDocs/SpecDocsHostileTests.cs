using ModuleGen.Core.SpecDocs;
using ModuleGen.Core.SpecDocs.Gates;
using ModuleGen.Core.SpecDocs.Trace;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.SpecDocs;

/// <summary>Every path the pipeline reads goes through the guard: configured folders, found documents, the global
/// file; refusals name the offending value and nothing in the workspace changes.</summary>
public sealed class SpecDocsHostileTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("docs:\n  folder: ../outside/{module}\n", "path.outside_workspace", "/config/docs/folder")]
    [InlineData("docs:\n  folder: /etc/{module}\n", "path.outside_workspace", "/config/docs/folder")]
    [InlineData("docs:\n  global_requirements: ../outside/req.md\n", "path.outside_workspace", "/config/docs/global_requirements")]
    public void Tools_ConfiguredPathOutsideTheWorkspace_AreRefused(string config, string code, string pointer)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        _ws.Write("modulegen.yaml", config);

        AssertEveryToolRefuses(code, pointer);
    }

    [Fact]
    public void Tools_DocsFolderLinkedOutside_AreRefused()
    {
        File.WriteAllText(Path.Join(_ws.Outside, "INTENT_DESIGN.md"), "# secret\n");
        _ws.Link("modules/oagw/docs", _ws.Outside);

        AssertEveryToolRefuses("path.symlink_escape", "/config/docs/folder");
    }

    [Fact]
    public void Tools_DocumentLinkedOutside_AreRefused()
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);
        File.WriteAllText(Path.Join(_ws.Outside, "secret.md"), "# TASK-OAGW-01\n");
        File.Delete(Path.Join(_ws.Root, "modules/oagw/docs/TASKS.md"));
        _ws.Link("modules/oagw/docs/TASKS.md", Path.Join(_ws.Outside, "secret.md"));

        AssertEveryToolRefuses("path.symlink_escape", "/module");
    }

    [Theory]
    [InlineData("../x", "name.path_separator")]
    [InlineData("", "name.empty")]
    [InlineData("con", "name.reserved")]
    public void Tools_HostileModuleName_AreRefused(string module, string code)
    {
        SpecFixture.Load("valid", "clean").WriteTo(_ws);

        AssertEveryToolRefuses(code, "/module", module);
    }

    private void AssertEveryToolRefuses(string code, string pointer, string module = "oagw")
    {
        var before = _ws.TreeHash();
        var s = new SpecDocsServices(_ws.Root);
        var errors = new[]
        {
            s.Checker.Check(new CheckDocsRequest(module)).Errors,
            new IdAllocator(s.Loader).Next(new NextIdRequest(module, "req")).Errors,
            new TraceMatrixBuilder(s.Workspace, s.Loader).Build(new TraceMatrixRequest(module)).Errors,
            new GateChecker(s.Workspace, s.Loader).Check(new CheckGateRequest(module, 1)).Errors,
        };

        foreach (var e in errors)
        {
            e.Should().NotBeEmpty();
            (e[0].Code, e[0].Pointer).Should().Be((code, pointer));
            e[0].Found.Should().NotBeNull();
        }

        _ws.TreeHash().Should().Be(before);
    }

    public void Dispose() => _ws.Dispose();
}
