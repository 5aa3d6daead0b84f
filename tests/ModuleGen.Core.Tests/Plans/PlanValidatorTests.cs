using System.Text.Json.Nodes;
using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Plans;

public sealed class PlanValidatorTests : IDisposable
{
    private readonly PlanServices _s = new();

    [Fact]
    public void Validate_SeedPlan_IsValidWithItsStoragePath()
    {
        var result = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(SamplePlans.SeedText)));

        result.Errors.Should().BeEmpty();
        result.Value.Module.Should().Be("idea_synthesizer");
        result.Value.BrickCount.Should().Be(1);
        result.Value.Path.Should().Be("ai_working/module_generator/plans/idea_synthesizer.json");
        result.Value.Revision.Should().MatchRegex("^sha256:[0-9a-f]{16}$");
    }

    [Fact]
    public void Validate_PlanSentAsJsonString_IsAccepted()
    {
        var asString = SamplePlans.Element(new JsonObject { ["p"] = SamplePlans.SeedText })!.GetProperty("p");

        _s.Validator.Validate(new ValidatePlanRequest(asString)).Errors.Should().BeEmpty();
    }

    public static TheoryData<string, string, string> Rules => new()
    {
        { "module_missing", ErrorCodes.PlanFieldMissing, "/module" },
        { "bricks_missing", ErrorCodes.PlanFieldMissing, "/bricks" },
        { "bricks_not_array", ErrorCodes.PlanFieldType, "/bricks" },
        { "bricks_empty", ErrorCodes.PlanBricksEmpty, "/bricks" },
        { "brick_not_object", ErrorCodes.PlanFieldType, "/bricks/1" },
        { "name_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/name" },
        { "description_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/description" },
        { "description_empty", ErrorCodes.PlanFieldMissing, "/bricks/2/description" },
        { "contract_path_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/contract_path" },
        { "spec_path_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/spec_path" },
        { "target_dir_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/target_dir" },
        { "type_missing", ErrorCodes.PlanFieldMissing, "/bricks/2/type" },
        { "name_number", ErrorCodes.PlanFieldType, "/bricks/1/name" },
        { "created_at_number", ErrorCodes.PlanFieldType, "/created_at" },
        { "depends_on_string", ErrorCodes.PlanFieldType, "/bricks/1/depends_on" },
        { "depends_on_item_number", ErrorCodes.PlanFieldType, "/bricks/1/depends_on/0" },
        { "variables_array", ErrorCodes.PlanFieldType, "/bricks/0/variables" },
        { "template_null", ErrorCodes.PlanFieldType, "/bricks/0/template" },
        { "type_unknown", ErrorCodes.PlanTypeUnknown, "/bricks/1/type" },
        { "name_duplicate", ErrorCodes.PlanBrickDuplicate, "/bricks/2/name" },
        { "name_uppercase", ErrorCodes.PlanBrickNameInvalid, "/bricks/1/name" },
        { "name_dash", ErrorCodes.PlanBrickNameInvalid, "/bricks/1/name" },
        { "name_leading_underscore", ErrorCodes.PlanBrickNameInvalid, "/bricks/1/name" },
        { "name_dot", ErrorCodes.PlanBrickNameInvalid, "/bricks/1/name" },
        { "name_too_long", ErrorCodes.PlanBrickNameInvalid, "/bricks/1/name" },
        { "name_keyword", ErrorCodes.NameKeyword, "/bricks/1/name" },
        { "module_leading_digit", ErrorCodes.NameLeadingDigit, "/module" },
        { "module_not_snake", ErrorCodes.PlanModuleNotSnake, "/module" },
        { "target_dir_shared", ErrorCodes.PlanTargetDirShared, "/bricks/2/target_dir" },
        { "target_dir_shared_after_normalising", ErrorCodes.PlanTargetDirShared, "/bricks/2/target_dir" },
        { "target_dir_traversal", ErrorCodes.PathOutsideWorkspace, "/bricks/1/target_dir" },
        { "contract_path_absolute", ErrorCodes.PathOutsideWorkspace, "/bricks/0/contract_path" },
        { "spec_path_nul", ErrorCodes.PathNulByte, "/bricks/0/spec_path" },
        { "file_traversal", ErrorCodes.PathOutsideWorkspace, "/bricks/0/files/1" },
        { "file_absolute", ErrorCodes.PlanFileOutsideTarget, "/bricks/0/files/1" },
        { "file_leaves_target", ErrorCodes.PlanFileOutsideTarget, "/bricks/0/files/1" },
        { "subplan_outside", ErrorCodes.PathOutsideWorkspace, "/bricks/0/plan" },
        { "subplan_missing", ErrorCodes.PlanSubPlanMissing, "/bricks/0/plan" },
        { "dependency_unknown", ErrorCodes.PlanDependencyUnknown, "/bricks/1/depends_on/1" },
        { "dependency_cycle", ErrorCodes.PlanDependencyCycle, "/bricks/0/depends_on" },
        { "dependency_self", ErrorCodes.PlanDependencyCycle, "/bricks/1/depends_on" },
        { "description_too_long", ErrorCodes.PlanStringTooLong, "/bricks/0/description" },
        { "extension_too_long", ErrorCodes.PlanStringTooLong, "/notes/0" },
        { "too_many_bricks", ErrorCodes.PlanTooManyBricks, "/bricks" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Validate_BrokenRule_ReportsCodeAtPointer(string rule, string code, string pointer)
    {
        var plan = SamplePlans.Chain(3);
        Mutations.Apply(rule, plan);

        var result = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(plan)));

        result.IsOk.Should().BeFalse();
        result.Errors.Should().ContainSingle(e => e.Code == code && e.Pointer == pointer,
            "rule {0} should be reported once at {1}; got: {2}", rule, pointer, string.Join("; ", result.Errors.Select(e => $"{e.Pointer} {e.Code}")));
        result.Errors.Should().OnlyContain(e => e.Hint.Length > 0 && e.Message.Length > 0);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllInOnePass()
    {
        var plan = SamplePlans.Chain(4);
        plan.BrickAt(0).Remove("target_dir");
        plan.BrickAt(1)["type"] = "rust_crate";
        plan.BrickAt(2)["depends_on"] = new JsonArray("nope");
        plan.BrickAt(3)["target_dir"] = "../../etc";

        var errors = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(plan))).Errors;

        errors.Select(e => (e.Code, e.Pointer)).Should().BeEquivalentTo(new[]
        {
            (ErrorCodes.PlanFieldMissing, "/bricks/0/target_dir"),
            (ErrorCodes.PlanTypeUnknown, "/bricks/1/type"),
            (ErrorCodes.PlanDependencyUnknown, "/bricks/2/depends_on/0"),
            (ErrorCodes.PathOutsideWorkspace, "/bricks/3/target_dir"),
        });
    }

    [Fact]
    public void Validate_Cycle_NamesTheCyclePath()
    {
        var plan = SamplePlans.Chain(3);
        plan.BrickAt(0)["depends_on"] = new JsonArray("b2");

        var error = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(plan))).Errors.Single();

        error.Found.Should().Be("b0 → b2 → b1 → b0");
    }

    [Fact]
    public void Validate_UnknownType_HintListsAcceptedTypes()
    {
        var plan = SamplePlans.Chain(1);
        plan.BrickAt(0)["type"] = "rust_crate";

        var error = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(plan))).Errors.Single();

        error.Hint.Should().Contain("python_module").And.Contain("dagster_module").And.Contain("intent_docs").And.Contain("module");
    }

    [Theory]
    [InlineData("{\"module\": \"a\", \"module\": \"b\", \"bricks\": []}", ErrorCodes.PlanKeyDuplicate, "/module")]
    [InlineData("{\"module\": \"a\", \"bricks\": [{\"variables\": {\"port\": 1, \"port\": 2}}]}", ErrorCodes.PlanKeyDuplicate, "/bricks/0/variables/port")]
    [InlineData("{\"module\": \"a\",", ErrorCodes.PlanInvalidJson, "")]
    [InlineData("[1, 2]", ErrorCodes.PlanFieldType, "")]
    public void Validate_MalformedText_IsRefused(string text, string code, string pointer)
    {
        var argument = SamplePlans.Element(new JsonObject { ["p"] = text }).GetProperty("p");

        _s.Validator.Validate(new ValidatePlanRequest(argument)).Errors
            .Should().Contain(e => e.Code == code && e.Pointer == pointer);
    }

    [Fact]
    public void Validate_SubPlanLoopBackToThePlan_IsReportedWithItsChain()
    {
        var inner = SamplePlans.Chain(1, "inner");
        inner.BrickAt(0)["plan"] = "ai_working/module_generator/plans/outer.json";
        _s.Temp.Write("ai_working/module_generator/plans/inner.json", inner.ToJsonString());
        var outer = SamplePlans.Chain(2, "outer");
        outer.BrickAt(1)["plan"] = "ai_working/module_generator/plans/inner.json";

        var error = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(outer))).Errors.Single();

        error.Code.Should().Be(ErrorCodes.PlanSubPlanCycle);
        error.Pointer.Should().Be("/bricks/1/plan");
        error.Found.Should().Be("ai_working/module_generator/plans/outer.json → ai_working/module_generator/plans/inner.json → ai_working/module_generator/plans/outer.json");
    }

    [Fact]
    public void Validate_InvalidSubPlan_IsReportedAtTheReferencingBrick()
    {
        var inner = SamplePlans.Chain(1, "inner");
        inner.BrickAt(0)["type"] = "bogus";
        _s.Temp.Write("plans/inner.json", inner.ToJsonString());
        var outer = SamplePlans.Chain(1, "outer");
        outer.BrickAt(0)["plan"] = "plans/inner.json";

        var error = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(outer))).Errors.Single();

        error.Code.Should().Be(ErrorCodes.PlanSubPlanInvalid);
        error.Pointer.Should().Be("/bricks/0/plan");
        error.Message.Should().Contain("/bricks/0/type");
    }

    [Fact]
    public void Validate_SubPlansNestedTooDeep_AreRefused()
    {
        for (var i = 0; i < 10; i++)
        {
            var level = SamplePlans.Chain(1, $"level{i}");
            if (i < 9)
            {
                level.BrickAt(0)["plan"] = $"plans/level{i + 1}.json";
            }

            _s.Temp.Write($"plans/level{i}.json", level.ToJsonString());
        }

        var outer = SamplePlans.Chain(1, "outer");
        outer.BrickAt(0)["plan"] = "plans/level0.json";

        var error = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(outer))).Errors.Single();

        (error.Code, error.Pointer).Should().Be((ErrorCodes.PlanSubPlanTooDeep, "/bricks/0/plan"));
    }

    [Fact]
    public void Validate_ValidSubPlan_CountsExpandedBricks()
    {
        _s.Temp.Write("plans/inner.json", SamplePlans.Chain(3, "inner").ToJsonString());
        var outer = SamplePlans.Chain(2, "outer");
        outer.BrickAt(0)["plan"] = "plans/inner.json";

        var result = _s.Validator.Validate(new ValidatePlanRequest(SamplePlans.Element(outer)));

        result.Errors.Should().BeEmpty();
        result.Value.ExpandedBrickCount.Should().Be(5);
        result.Value.BuildOrder.Should().Equal("b0", "b1");
    }

    public void Dispose() => _s.Dispose();
}
