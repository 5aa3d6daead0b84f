using System.Text.Json;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Audit;

/// <summary>The SARIF 2.1.0 shape GitHub code scanning ingests: version and schema, the rule catalogue in
/// tool.driver.rules, results pointing at their rule by id and index, levels, and physical locations.</summary>
public sealed class SarifAuditReportTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Render_HasTheStructureCodeScanningExpects()
    {
        _ws.Write("modules/alpha/README.md", "");
        var service = new AuditService(ModuleGenWorkspace.Open(_ws.Root).Value, [new AuditServiceTests.FakeCheck()]);

        var sarif = JsonDocument.Parse(service.Run(new AuditRequest(null, AuditFormat.Sarif, null)).Value.Report!).RootElement;

        sarif.GetProperty("version").GetString().Should().Be("2.1.0");
        sarif.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        var run = sarif.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("ModuleGen");
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal("MG900", "MG901");
        rules[0].GetProperty("name").GetString().Should().Be("FakeWorkspaceRule");
        rules[0].GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Fake workspace rule");
        rules[0].GetProperty("fullDescription").GetProperty("text").GetString().Should().NotBeNullOrEmpty();
        rules[0].GetProperty("help").GetProperty("text").GetString().Should().Be("Fix the registry.");
        rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        results.Should().HaveCount(2);
        var first = results[0];
        first.GetProperty("ruleId").GetString().Should().Be("MG900");
        first.GetProperty("ruleIndex").GetInt32().Should().Be(0);
        first.GetProperty("level").GetString().Should().Be("error");
        first.GetProperty("message").GetProperty("text").GetString().Should().Contain("claimed twice").And.Contain("Pick another port.");
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("workspace.yaml");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        location.GetProperty("region").GetProperty("startLine").GetInt32().Should().Be(3);
        location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().Be(7);
        results[1].GetProperty("properties").GetProperty("module").GetString().Should().Be("alpha");
        results[1].GetProperty("ruleIndex").GetInt32().Should().Be(1);
    }

    public void Dispose() => _ws.Dispose();
}
