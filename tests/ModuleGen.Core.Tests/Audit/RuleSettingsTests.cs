using ModuleGen.Core.Audit;

namespace ModuleGen.Core.Tests.Audit;

public sealed class RuleSettingsTests
{
    private static readonly RuleCatalogue s_catalogue = new([
        new AuditRule("MG001", "One", Severity.Warning, "why", "fix"),
        new AuditRule("MG002", "Two", Severity.Error, "why", "fix"),
        new AuditRule("MG003", "Three", Severity.Info, "why", "fix"),
    ]);

    [Fact]
    public void Apply_DropsDisabledRulesAndRegradesOthers()
    {
        var settings = new RuleSettings(new Dictionary<string, string> { ["MG001"] = "off", ["MG002"] = "info" });
        Finding[] raw =
        [
            new("MG001", Severity.Warning, "a", "r"),
            new("MG002", Severity.Error, "b", "r"),
            new("MG003", Severity.Info, "c", "r"),
        ];

        settings.Apply(raw, s_catalogue).Select(f => (f.RuleId, f.Severity)).Should().Equal(
            ("MG002", Severity.Info),
            ("MG003", Severity.Info));
    }

    [Fact]
    public void Catalogue_ListsRulesInIdOrder_AndRefusesDuplicates()
    {
        s_catalogue.Rules.Select(r => r.Id).Should().Equal("MG001", "MG002", "MG003");
        var duplicate = () => new RuleCatalogue([new AuditRule("MG001", "x", Severity.Info, "", "")], [new AuditRule("MG001", "y", Severity.Info, "", "")]);
        duplicate.Should().Throw<ArgumentException>();
    }
}
