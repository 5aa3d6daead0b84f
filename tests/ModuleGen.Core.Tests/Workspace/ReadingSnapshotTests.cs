using ModuleGen.Core.Audit;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Workspace;

public sealed class ReadingSnapshotTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Scan_WithinASnapshot_IsMadeOnce_AndAfterItTheTreeIsReadAfresh()
    {
        _ws.Write("a.txt", "");
        using (ReadingSnapshot.Begin())
        {
            var first = Scan();
            _ws.Write("b.txt", "");
            using (ReadingSnapshot.Begin())
            {
                Scan().Should().BeSameAs(first, "a nested scope joins the snapshot");
            }

            Scan().Should().BeSameAs(first, "the joined scope's end does not end the snapshot");
            first.Files.Should().Equal("a.txt");
        }

        Scan().Files.Should().Equal("a.txt", "b.txt");
    }

    [Fact]
    public async Task ACallBesideTheSnapshot_AndWorkItStartedThatOutlivesIt_ReadTheTreeAfresh()
    {
        _ws.Write("a.txt", "");
        using var besideMayScan = new SemaphoreSlim(0);
        var beside = Task.Run(async () =>
        {
            await besideMayScan.WaitAsync();
            return Scan().Files;
        });

        Task<IReadOnlyList<string>> outliving;
        using var outlivingMayScan = new SemaphoreSlim(0);
        using (ReadingSnapshot.Begin())
        {
            Scan().Files.Should().Equal("a.txt");
            _ws.Write("b.txt", "");
            besideMayScan.Release();
            (await beside).Should().Equal(["a.txt", "b.txt"], "a call that did not begin the snapshot is not in it");
            outliving = Task.Run(async () =>
            {
                await outlivingMayScan.WaitAsync();
                return Scan().Files;
            });
        }

        _ws.Write("c.txt", "");
        outlivingMayScan.Release();
        (await outliving).Should().Equal(["a.txt", "b.txt", "c.txt"], "the snapshot ended before this scan");
    }

    [Fact]
    public void Audit_SharesOneModuleListAcrossItsChecks_AndTheNextAuditSeesANewModule()
    {
        _ws.Write("modules/orders/README.md", "# orders\n");
        var check = new ModuleCountingCheck(ModuleGenWorkspace.Open(_ws.Root).Value);
        var service = new AuditService(check.Workspace, [check, check]);

        service.Run(new AuditRequest(null, AuditFormat.Json, null)).Value.Modules.Should().Equal("orders");
        check.Lists.Distinct().Should().ContainSingle("every check and module of one audit got the same list");
        _ws.Write("modules/billing/README.md", "# billing\n");
        service.Run(new AuditRequest(null, AuditFormat.Json, null)).Value.Modules.Should().Equal("billing", "orders");
        check.Lists.Distinct().Should().HaveCount(2);
    }

    private WorkspaceScan Scan() => WorkspaceScanner.Scan(_ws.Root, ConfigLoader.FromYaml(null).Value.Scan);

    public void Dispose() => _ws.Dispose();

    // Asks for the workspace's modules in every call, as the module, spec-document and dg checks do.
    private sealed class ModuleCountingCheck(ModuleGenWorkspace workspace) : IAuditCheck
    {
        public ModuleGenWorkspace Workspace => workspace;

        public List<object> Lists { get; } = [];

        public IReadOnlyList<AuditRule> Rules { get; } = [];

        public IReadOnlyList<Finding> Run(string? module)
        {
            Lists.Add(ModuleLocator.Find(workspace).Value);
            return [];
        }
    }
}
