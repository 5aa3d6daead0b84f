using ModuleGen.Core.Markers;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>on_conflict semantics, idempotent re-runs, dry runs, injections and answers-based port reuse.</summary>
public sealed class ScaffoldConflictTests
{
    [Fact]
    public void Scaffold_SameInputsAgain_EverythingUnchanged()
    {
        using var workspace = new TempWorkspace();
        var request = Requests.Scaffold("dagster-module", "modules/orders", addons: ["postgresql", "schedules", "workspace"]);
        workspace.Scaffolder().Scaffold(request).IsOk.Should().BeTrue();
        var before = workspace.TreeHash();

        var again = workspace.Scaffolder().Scaffold(request);

        again.IsOk.Should().BeTrue();
        again.Value.Changes.Should().OnlyContain(c => c.Kind == ChangeKind.Unchanged);
        again.Value.Message.Should().Be("Nothing to do: every file is unchanged.");
        workspace.TreeHash().Should().Be(before);
    }

    [Theory]
    [InlineData("fail", false, "hand-written\n")]
    [InlineData(null, false, "hand-written\n")]
    [InlineData("skip", true, "hand-written\n")]
    [InlineData("overwrite", true, "# orders\n")]
    public void Scaffold_ExistingFileDiffers_FollowsOnConflict(string? onConflict, bool succeeds, string readmeStart)
    {
        using var workspace = new TempWorkspace();
        workspace.Write("modules/orders/README.md", "hand-written\n");
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", onConflict: onConflict));

        result.IsOk.Should().Be(succeeds);
        if (!succeeds)
        {
            result.Errors.Should().ContainSingle().Which.Should().Match<Core.Common.ToolError>(e => e.Code == "scaffold.conflict" && e.Pointer == "/on_conflict" && e.Found == "modules/orders/README.md");
            workspace.TreeHash().Should().Be(before, "a refused scaffold writes nothing");
            return;
        }

        var readme = result.Value.Changes.Single(c => c.Path == "modules/orders/README.md");
        readme.Kind.Should().Be(onConflict == "skip" ? ChangeKind.Skip : ChangeKind.Overwrite);
        workspace.Read("modules/orders/README.md").Should().StartWith(readmeStart);
        workspace.Exists("modules/orders/src/orders/definitions.py").Should().BeTrue();
    }

    [Fact]
    public void Scaffold_DryRun_ReturnsChangesWithDiffsAndWritesNothing()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("modules/orders/README.md", "hand-written\n");
        workspace.Write("workspace.yaml", "load_from:\n  - python_file: other.py\n");
        var before = workspace.TreeHash();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"], dryRun: true));

        result.IsOk.Should().BeTrue();
        workspace.TreeHash().Should().Be(before);
        result.Value.DryRun.Should().BeTrue();
        result.Value.Changes.Single(c => c.Path == "modules/orders/README.md").Should().Match<FileChange>(c => c.Kind == ChangeKind.Conflict && c.Diff!.Contains("-hand-written"));
        result.Value.Changes.Single(c => c.Path == "workspace.yaml").Diff.Should().Contain("+  # >>> modulegen:orders >>>").And.Contain(" load_from:");
        result.Value.Changes.Single(c => c.Path == "modules/orders/pyproject.toml").Diff.Should().StartWith("--- /dev/null\n+++ b/modules/orders/pyproject.toml\n@@ -0,0 +1,");
    }

    [Fact]
    public void Scaffold_WorkspaceInjection_IntoExistingFileOnceAndKeepsTheRest()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("workspace.yaml", "load_from:\n  - python_file: other.py\n");
        var request = Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]);

        workspace.Scaffolder().Scaffold(request).IsOk.Should().BeTrue();
        var second = workspace.Scaffolder().Scaffold(request);

        second.Value.Changes.Single(c => c.Path == "workspace.yaml").Kind.Should().Be(ChangeKind.Unchanged);
        const string body = "  - grpc_server:\n      host: localhost\n      port: 4000\n      location_name: orders\n";
        workspace.Read("workspace.yaml").Should().Be(
            $"load_from:\n  - python_file: other.py\n  # >>> modulegen:orders >>> sha256={MarkerBlock.HashOf(body)}\n{body}  # <<< modulegen:orders <<<\n");
    }

    [Theory]
    [InlineData("host: localhost", ChangeKind.Inject)]
    [InlineData("host: edited", ChangeKind.Conflict)]
    public void Scaffold_BlockWithoutHashFromAnOlderVersion_UsesTheAnswersFileHash(string host, ChangeKind expected)
    {
        using var workspace = new TempWorkspace();
        var request = Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]);
        workspace.Scaffolder().Scaffold(request).IsOk.Should().BeTrue();
        var withoutHash = System.Text.RegularExpressions.Regex.Replace(workspace.Read("workspace.yaml"), " sha256=[0-9a-f]{64}", "");
        workspace.Write("workspace.yaml", withoutHash.Replace("host: localhost", host));

        var result = workspace.Scaffolder().Scaffold(request with { DryRun = true });

        result.Value.Changes.Single(c => c.Path == "workspace.yaml").Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("fail", ChangeKind.Conflict)]
    [InlineData("skip", ChangeKind.Skip)]
    [InlineData("overwrite", ChangeKind.Inject)]
    public void Scaffold_InjectedBlockEditedByHand_IsAConflict(string onConflict, ChangeKind expected)
    {
        using var workspace = new TempWorkspace();
        var request = Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]);
        workspace.Scaffolder().Scaffold(request).IsOk.Should().BeTrue();
        workspace.Write("workspace.yaml", workspace.Read("workspace.yaml").Replace("host: localhost", "host: edited"));

        var result = workspace.Scaffolder().Scaffold(request with { DryRun = true, OnConflict = onConflict });

        result.Value.Changes.Single(c => c.Path == "workspace.yaml").Kind.Should().Be(expected);
    }

    [Fact]
    public void Scaffold_AutoPort_SkipsClaimedPortsAndReusesItsOwn()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("docker-compose.yml", "services:\n  web:\n    ports:\n      - \"4000:80\"\n");
        workspace.Write("modules/billing/.modulegen-answers.yaml", "pack: \"dagster-module\"\nvariables:\n  grpc_port: 4001\n");
        workspace.Write(".env", "API_PORT=4003\n");

        var first = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]));
        var other = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/shipping", module: "shipping", addons: ["workspace"]));
        var again = workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["workspace"]));

        first.Value.Variables.Single(v => v.Name == "grpc_port").Should().Be(new ResolvedVariable("grpc_port", "port", "4002", "allocated"));
        other.Value.Variables.Single(v => v.Name == "grpc_port").Value.Should().Be("4004");
        again.Value.Variables.Single(v => v.Name == "grpc_port").Should().Be(new ResolvedVariable("grpc_port", "port", "4002", "reused"));
        again.Value.Changes.Should().OnlyContain(c => c.Kind == ChangeKind.Unchanged);
    }

    [Fact]
    public void Scaffold_Progress_ReportsEveryWrittenFile()
    {
        using var workspace = new TempWorkspace();
        var reports = new List<ScaffoldProgress>();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("intent-docs", "modules/orders"), new SynchronousProgress(reports.Add));

        reports.Select(r => r.Done).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        reports.Should().OnlyContain(r => r.Total == 7 && r.Kind == ChangeKind.Create, "five documents, the answers file and the base store");
        reports.Select(r => r.Path).Should().BeEquivalentTo(result.Value.Changes.Select(c => c.Path));
    }

    private sealed class SynchronousProgress(Action<ScaffoldProgress> report) : IProgress<ScaffoldProgress>
    {
        public void Report(ScaffoldProgress value) => report(value);
    }

    [Fact]
    public void Scaffold_IntoTheWorkspaceRoot_Works()
    {
        using var workspace = new TempWorkspace();

        var result = workspace.Scaffolder().Scaffold(Requests.Scaffold("intent-docs", "."));

        result.Value.AnswersFile.Should().Be(".modulegen-answers.yaml");
        workspace.Read(".modulegen-answers.yaml").Should().Contain("  \"docs/TASKS.md\": ");
    }
}
