using System.Text.Json;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Json;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Context;

public sealed class ContextBuilderTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Build_ReportsModulesArtifactsAndSuggestedTarget()
    {
        _ws.Write("modules/billing/.modulegen-answers.yaml", "variables: {}\n");
        _ws.Write("modules/crm/README.md", "");
        _ws.Write("modules/.hidden/x", "");
        _ws.Write("ai_working/module_generator/plans/customer_orders.json", "{}");
        _ws.Write("ai_working/customer_orders/customer_orders.contract.md", "# c");
        _ws.Write("ai_working/customer_orders/loader.impl_spec.md", "# s");

        var context = Build("Customer Orders").Value;

        context.WorkspaceRoot.Should().Be(_ws.Root);
        context.ExistingModules.Should().Equal(
            new ExistingModule("billing", "modules/billing", true),
            new ExistingModule("crm", "modules/crm", false));
        context.Artifacts.Plan.Should().Be(new ArtifactStatus("ai_working/module_generator/plans/customer_orders.json", true));
        context.Artifacts.Contract.Exists.Should().BeTrue();
        context.Artifacts.Spec.Exists.Should().BeFalse();
        context.Artifacts.BrickDocs.Should().Equal(
            "ai_working/customer_orders/customer_orders.contract.md",
            "ai_working/customer_orders/loader.impl_spec.md");
        context.Artifacts.SuggestedTargetDir.Should().Be("modules/customer_orders");
        context.Artifacts.TargetDirExists.Should().BeFalse();
    }

    [Fact]
    public void Build_SameWorkspaceTwice_GivesIdenticalBytes()
    {
        _ws.Write("pyproject.toml", "dependencies = [\"dagster\"]\n");
        _ws.Write("workspace.yaml", "load_from:\n  - grpc_server: {port: 4001, location_name: a}\n");

        Serialize(Build("orders").Value).Should().Be(Serialize(Build("orders").Value));
    }

    [Fact]
    public void Build_ModuleRootThroughEscapingLink_IsRefused()
    {
        _ws.Link("modules", _ws.Outside);

        var error = Build("orders").Errors.Single();

        error.Code.Should().Be(ErrorCodes.PathSymlinkEscape);
        error.Message.Should().Contain("modules");
    }

    [Fact]
    public void Build_BadName_IsRefusedBeforeAnyScan()
    {
        Build("../x").Errors.Single().Code.Should().Be(ErrorCodes.NamePathSeparator);
    }

    private Result<GenContext> Build(string module) =>
        new ContextBuilder(ModuleGenWorkspace.Open(_ws.Root).Value, new EmptyLister()).Build(new BuildContextRequest(module));

    private static string Serialize(GenContext context) => JsonSerializer.Serialize(context, JsonDefaults.Context.GenContext);

    public void Dispose() => _ws.Dispose();

    private sealed class EmptyLister : ITemplateLister
    {
        public IReadOnlyList<AvailableTemplate> List() => [];
    }
}
