using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>A fault injected while the change set is being put in place leaves the workspace byte-identical.</summary>
public sealed class ScaffoldTransactionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(16)]
    public void Scaffold_FaultAfterKFiles_WorkspaceUnchanged(int k)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("workspace.yaml", "load_from:\n  - python_file: other.py\n");
        workspace.Write("modules/orders/README.md", "hand-written\n");
        var before = workspace.TreeHash();
        var fault = new FailAfter(k);

        var result = workspace.Scaffolder(fault).Scaffold(Requests.Scaffold("dagster-module", "modules/orders", onConflict: "overwrite",
            addons: ["postgresql", "schedules", "workspace", "deploy-git", "deploy-rsync"]));

        result.IsOk.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Equal("scaffold.commit_failed");
        fault.Committed.Should().Be(k, "the fault fires after k files are in place");
        workspace.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Scaffold_NoFault_CommitsEveryFileAndRemovesStaging()
    {
        using var workspace = new TempWorkspace();
        var counter = new FailAfter(int.MaxValue);

        var result = workspace.Scaffolder(counter).Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]));

        result.IsOk.Should().BeTrue();
        counter.Committed.Should().Be(result.Value.Changes.Count(c => c.Kind is ChangeKind.Create or ChangeKind.Inject));
        workspace.Exists(".modulegen/staging").Should().BeFalse("staging is removed once the commit is done");
    }

    /// <summary>Throws on the (k+1)-th commit of a file outside .modulegen/, once; counts the commits before it.</summary>
    private sealed class FailAfter(int k) : IWriteInterceptor
    {
        private bool _fired;

        public int Committed { get; private set; }

        public void BeforeCommit(WorkspacePath destination)
        {
            if (destination.RelativePath.StartsWith(".modulegen/", StringComparison.Ordinal) || _fired)
            {
                return;
            }

            if (Committed == k)
            {
                _fired = true;
                throw new IOException("injected fault");
            }

            Committed++;
        }
    }
}
