using ModuleGen.Core.Bricks;
using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Verification;

namespace ModuleGen.Core.Tests.Bricks;

public sealed class BrickSpecResolverTests : IDisposable
{
    private readonly PlanServices _s = new();

    [Fact]
    public void Resolve_WithoutCreate_ReportsFoundAndMissingAndWritesNothing()
    {
        _s.StoreValid(SamplePlans.Chain(2));
        _s.Temp.Write("ai_working/orders/b0.contract.md", "# mine\n");
        var before = _s.Temp.TreeHash();

        var result = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", false)).Value;

        result.Bricks.Select(b => (b.Brick, b.Contract.Status, b.Spec.Status)).Should().Equal(
            ("b0", "found", "missing"), ("b1", "missing", "missing"));
        result.Bricks[0].Contract.Path.Should().Be("ai_working/orders/b0.contract.md");
        (result.Found, result.Missing, result.Created).Should().Be((1, 3, 0));
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Resolve_CreateMissing_WritesSkeletonsAndNeverOverwrites()
    {
        var plan = SamplePlans.Chain(2);
        plan.BrickAt(1)["description"] = "Stores orders in SQLite.";
        _s.StoreValid(plan);
        const string mine = "# b0 contract written by hand\n";
        _s.Temp.Write("ai_working/orders/b0.contract.md", mine);

        var result = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Value;

        result.Bricks.Select(b => (b.Contract.Status, b.Spec.Status)).Should().Equal(("found", "created"), ("created", "created"));
        _s.Temp.Read("ai_working/orders/b0.contract.md").Should().Be(mine);
        var contract = _s.Temp.Read("ai_working/orders/b1.contract.md");
        contract.Should().StartWith("# b1 — contract\n").And.Contain("Module: `orders`").And.Contain("Stores orders in SQLite.")
            .And.Contain("Depends on: `b0`").And.NotContain("{{");
        contract.Split('\n').Count(l => l.Contains(FillInMarker.Text, StringComparison.Ordinal)).Should().Be(6, "every placeholder carries the fill-in marker");
        _s.Temp.Read("ai_working/orders/b1.impl_spec.md").Split('\n').Count(l => l.Contains(FillInMarker.Text, StringComparison.Ordinal)).Should().Be(6);
        foreach (var section in new[] { "## Purpose", "## Public API", "## Data models", "## Errors", "## Configuration", "## Tests" })
        {
            contract.Should().Contain(section);
            _s.Temp.Read("ai_working/orders/b1.impl_spec.md").Should().Contain(section);
        }
    }

    [Fact]
    public void Resolve_OneBrickPointingAtTheModulesDocuments_CreatesNoSecondPair()
    {
        var plan = SamplePlans.Chain(1);
        plan.BrickAt(0)["contract_path"] = "ai_working/orders/orders.contract.md";
        plan.BrickAt(0)["spec_path"] = "ai_working/orders/orders.impl_spec.md";
        _s.StoreValid(plan);
        _s.Temp.Write("ai_working/orders/orders.contract.md", "# orders\n\nThe module's contract.\n");
        _s.Temp.Write("ai_working/orders/orders.impl_spec.md", "# orders\n\nThe module's spec.\n");
        var before = _s.Temp.TreeHash();

        var result = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Value;

        (result.Found, result.Missing, result.Created).Should().Be((2, 0, 0));
        Directory.GetFiles(Path.Join(_s.Temp.Root, "ai_working/orders")).Select(Path.GetFileName).Should().BeEquivalentTo("orders.contract.md", "orders.impl_spec.md");
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Resolve_CreateMissingTwice_SecondCallFindsEverythingAndChangesNothing()
    {
        _s.StoreValid(SamplePlans.Chain(2));
        _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).IsOk.Should().BeTrue();
        _s.Temp.Write("ai_working/orders/b1.impl_spec.md", "edited by the agent\n");
        var before = _s.Temp.TreeHash();

        var again = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Value;

        (again.Found, again.Missing, again.Created).Should().Be((4, 0, 0));
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Resolve_SubPlanBricks_AreIncludedWithTheirOwnModule()
    {
        _s.StoreValid(SamplePlans.Chain(1, "parts"));
        var outer = SamplePlans.Chain(1);
        outer.BrickAt(0)["plan"] = "ai_working/module_generator/plans/parts.json";
        _s.StoreValid(outer);

        var result = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Value;

        result.Bricks.Select(b => (b.Brick, b.Module)).Should().Equal(("b0.b0", "parts"), ("b0", "orders"));
        _s.Temp.Read("ai_working/parts/b0.contract.md").Should().Contain("Module: `parts`");
    }

    [Fact]
    public void Resolve_BrokenSkeletonOverride_WritesNothing()
    {
        _s.StoreValid(SamplePlans.Chain(2));
        _s.Temp.Write(".modulegen/templates/specs/impl_spec.md.sbn", "# {{brick.nmae}}\n");
        var before = _s.Temp.TreeHash();

        var errors = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Errors;

        errors.Single().Code.Should().Be(ErrorCodes.TemplateUndefinedVariable);
        _s.Temp.TreeHash().Should().Be(before);
    }

    [Fact]
    public void Resolve_DocumentPathIsAFolder_IsRefused()
    {
        _s.StoreValid(SamplePlans.Chain(1));
        Directory.CreateDirectory(Path.Join(_s.Temp.Root, "ai_working/orders/b0.impl_spec.md"));

        var error = _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Errors.Single();

        (error.Code, error.Pointer).Should().Be((ErrorCodes.BrickDocNotFile, "/bricks/0/spec_path"));
    }

    [Fact]
    public void Resolve_NoStoredPlan_IsRefused()
    {
        _s.Specs.Resolve(new ResolveBrickSpecsRequest("orders", true)).Errors.Single().Code.Should().Be(ErrorCodes.PlanNotFound);
    }

    public void Dispose() => _s.Dispose();
}
