using System.Text.Json.Nodes;
using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Plans;

public sealed class HostilePlanTests : IDisposable
{
    private readonly PlanServices _s = new();

    [Theory]
    [InlineData("traversal_target_dir", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("absolute_contract_path", ErrorCodes.PathOutsideWorkspace)]
    [InlineData("ten_thousand_bricks", ErrorCodes.PlanTooManyBricks)]
    [InlineData("five_megabyte_description", ErrorCodes.PlanTooLarge)]
    [InlineData("one_megabyte_description_as_string", ErrorCodes.PlanStringTooLong)]
    public void StoreAndValidate_HostilePlan_AreRefusedAndWriteNothing(string attack, string code)
    {
        _s.Temp.Write("existing.txt", "keep");
        var before = _s.Temp.TreeHash();
        var plan = Hostile(attack);

        var validated = _s.Validator.Validate(new ValidatePlanRequest(plan));
        var stored = _s.Store.Store(new StorePlanRequest(plan, null));

        validated.Errors.Should().Contain(e => e.Code == code);
        stored.Errors.Should().Contain(e => e.Code == code);
        _s.Temp.TreeHash().Should().Be(before);
    }

    private static System.Text.Json.JsonElement Hostile(string attack)
    {
        var plan = SamplePlans.Chain(2);
        switch (attack)
        {
            case "traversal_target_dir":
                plan.BrickAt(1)["target_dir"] = "modules/../../../../tmp/evil";
                break;
            case "absolute_contract_path":
                plan.BrickAt(0)["contract_path"] = "/etc/passwd";
                break;
            case "ten_thousand_bricks":
                plan = SamplePlans.Chain(10_000);
                break;
            case "five_megabyte_description":
                plan.BrickAt(0)["description"] = new string('x', 5 * 1024 * 1024);
                break;
            case "one_megabyte_description_as_string":
                plan.BrickAt(0)["description"] = new string('x', 1024 * 1024);
                return SamplePlans.Element(new JsonObject { ["p"] = plan.ToJsonString() }).GetProperty("p");
        }

        return SamplePlans.Element(plan);
    }

    public void Dispose() => _s.Dispose();
}
