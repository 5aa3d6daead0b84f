using System.Text.Json.Nodes;
using ModuleGen.Core.Audit;
using ModuleGen.Core.Audit.Modules;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Audit;

/// <summary>The MG0xx rules: each fires on its problem (with file and line where one exists) and stays quiet otherwise.</summary>
public sealed class ModuleRulesTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    /// <summary>The packs mark their samples TODO(modulegen) (MG016 until the agent replaces them); every rule but MG016's
    /// own test is checked on modules whose samples are still in place.</summary>
    private const string SamplesInPlace = "audit:\n  rules:\n    MG016: off\n";

    public ModuleRulesTests()
    {
        _ws.Dagster("orders", ["workspace", "schedules", "postgresql"]);
        _ws.Scaffolder().Scaffold(Requests.Scaffold("python-module", "modules/loader", module: "loader")).IsOk.Should().BeTrue();
        _ws.Write("modulegen.yaml", SamplesInPlace);
    }

    [Fact]
    public void Audit_FreshlyGeneratedAndRegisteredModules_NoFindings()
    {
        var findings = _ws.Findings();

        findings.Should().BeEmpty(findings.Describe());
    }

    [Fact]
    public void Catalogue_HasMG001ToMG019_EachWithTitleRationaleAndFix()
    {
        ModuleRules.All.Select(r => r.Id).Should().Equal(Enumerable.Range(1, 19).Select(i => $"MG{i:000}"));
        ModuleRules.All.Should().OnlyContain(r => r.Title.Length > 0 && r.Rationale.Length > 0 && r.FixHint.Length > 0);
        _ws.Audit().Catalogue.Rules.Select(r => r.Id).Should().Contain(ModuleRules.All.Select(r => r.Id));
    }

    [Fact]
    public void MG001_MustMatchGone_FiresWithTheItemsSeverity()
    {
        Edit("modules/orders/src/orders/definitions.py", "dg.load_from_defs_folder(", "dg.Definitions(");

        var finding = Only("MG001");

        finding.Should().Match<Finding>(f => f.Severity == Severity.Error && f.File == "modules/orders/src/orders/definitions.py" && f.Module == "orders" && f.Message.Contains("dagster.definitions"));
    }

    [Fact]
    public void MG001_MustNotMatch_FiresAtTheMatchingLine()
    {
        _ws.Write("modules/orders/src/orders/defs/resources.py", _ws.Read("modules/orders/src/orders/defs/resources.py") + "\npassword = \"hunter2\"\n");
        var line = _ws.Read("modules/orders/src/orders/defs/resources.py").Split('\n').ToList().IndexOf("password = \"hunter2\"") + 1;

        Only("MG001").Should().Match<Finding>(f => f.Line == line && f.Message.Contains("dagster.no_hardcoded_password"));
    }

    [Fact]
    public void MG001_ConditionalItem_OnlyWhenTheAddonWasChosen()
    {
        _ws.Dagster("billing");
        File.Delete(Path.Join(_ws.Root, "modules/orders/src/orders/defs/schedules.py"));
        _ws.Write("modules/billing/src/billing/defs/schedules.py", "# not generated, not required\n");
        File.Delete(Path.Join(_ws.Root, "modules/billing/src/billing/defs/schedules.py"));

        _ws.Findings().Where(f => f.RuleId == "MG001").Select(f => (f.Module, f.Message.Contains("dagster.schedule"))).Should().Equal(("orders", true));
    }

    [Fact]
    public void MG001_PythonModuleChecklist_MustMatchAgainstItsPackage()
    {
        Edit("modules/loader/tests/test_core.py", "from modules.loader import", "import modules.loader as loader  #");

        Only("MG001").Message.Should().Contain("python.tests");
    }

    [Fact]
    public void MG002_EditedFile_InfoAtTheFirstDifferingLine()
    {
        var lines = _ws.Read("modules/orders/README.md").Split('\n');
        lines[2] = "Edited by a person.";
        _ws.Write("modules/orders/README.md", string.Join('\n', lines));

        Only("MG002", ignore: null).Should().Match<Finding>(f => f.Severity == Severity.Info && f.File == "modules/orders/README.md" && f.Line == 3);
    }

    [Fact]
    public void MG003_DeletedFile_Warning()
    {
        File.Delete(Path.Join(_ws.Root, "modules/orders/tests/test_orders_assets.py"));

        Only("MG003").Should().Match<Finding>(f => f.Severity == Severity.Warning && f.File == "modules/orders/tests/test_orders_assets.py");
    }

    [Fact]
    public void MG004_MG005_PlanDrift_FromVerifyFiles()
    {
        var plan = new JsonObject
        {
            ["module"] = "orders",
            ["bricks"] = new JsonArray(new JsonObject
            {
                ["name"] = "core", ["description"] = "d", ["contract_path"] = "docs/core.contract.md", ["spec_path"] = "docs/core.spec.md",
                ["target_dir"] = "modules/orders/core", ["type"] = "python_module", ["files"] = new JsonArray("core.py"),
            }),
        };
        _ws.Write("ai_working/module_generator/plans/orders.json", plan.ToJsonString());
        _ws.Write("docs/core.contract.md", "c\n");
        _ws.Write("docs/core.spec.md", "s\n");
        _ws.Write("modules/orders/core/extra.py", "x = 1\n");

        var findings = _ws.Findings("orders");

        findings.Should().ContainSingle(f => f.RuleId == "MG004").Which.File.Should().Be("modules/orders/core/core.py");
        findings.Should().ContainSingle(f => f.RuleId == "MG005").Which.Should().Match<Finding>(f => f.File == "modules/orders/core/extra.py" && f.Severity == Severity.Info);
    }

    [Fact]
    public void MG006_UnrenderedToken_ErrorWithLineAndColumn()
    {
        _ws.Write("modules/orders/src/orders/defs/assets.py", _ws.Read("modules/orders/src/orders/defs/assets.py") + "name = \"{{ module }}\"\n");
        var line = _ws.Read("modules/orders/src/orders/defs/assets.py").Split('\n').Length - 1;

        Only("MG006", ignore: "MG002").Should().Match<Finding>(f => f.Severity == Severity.Error && f.Line == line && f.Column == 9);
    }

    [Fact]
    public void MG007_BlockOfAGoneModule()
    {
        Directory.Delete(Path.Join(_ws.Root, "modules/orders"), recursive: true);

        Only("MG007").Should().Match<Finding>(f => f.File == "workspace.yaml" && f.Line == 3);
    }

    [Fact]
    public void MG008_DuplicateLocationName()
    {
        _ws.Write("workspace.yaml", _ws.Read("workspace.yaml") + "  - grpc_server:\n      host: x\n      port: 4999\n      location_name: orders\n");

        Only("MG008").File.Should().Be("workspace.yaml");
    }

    [Fact]
    public void MG009_HandEditedBlock()
    {
        Edit("workspace.yaml", "host: localhost", "host: grpc.internal");

        Only("MG009").Should().Match<Finding>(f => f.Line == 3 && f.Module == "orders" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void MG010_NotRegistered()
    {
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();

        var findings = _ws.Findings();

        findings.Should().ContainSingle(f => f.RuleId == "MG010").Which.Should().Match<Finding>(f => f.File == "modules/orders/.modulegen-answers.yaml" && f.Line != null);
        findings.Should().NotContain(f => f.RuleId == "MG001", "the registration is the registry check's (MG010): the pack cannot know whether it lands in workspace.yaml or a dg workspace");
    }

    [Fact]
    public void MG011_PortCollision()
    {
        _ws.Write("compose.yaml", "services:\n  api:\n    ports:\n      - \"4000:80\"\n");

        Only("MG011").Message.Should().Contain("compose.yaml:4");
    }

    [Fact]
    public void MG012_StoredPlanThatNoLongerValidates()
    {
        _ws.Write("ai_working/module_generator/plans/orders.json", "{\"module\": \"orders\", \"bricks\": []}\n");

        Only("MG012").Should().Match<Finding>(f => f.File == "ai_working/module_generator/plans/orders.json" && f.Severity == Severity.Error);
    }

    [Fact]
    public void MG013_AnswersNameAPackThatIsGone()
    {
        Edit("modules/loader/.modulegen-answers.yaml", "pack: \"python-module\"", "pack: \"vanished\"");

        Only("MG013").Should().Match<Finding>(f => f.Module == "loader" && f.File == "modules/loader/.modulegen-answers.yaml");
    }

    [Fact]
    public void MG014_BrokenRegistryFile()
    {
        _ws.Write("dg.toml", "[workspace\n");

        Only("MG014").Should().Match<Finding>(f => f.File == "dg.toml" && f.Line == 1);
    }

    [Fact]
    public void MG015_BrickDocumentStillASkeleton_ErrorAtTheFirstMarkerLine()
    {
        StoreOneBrickPlan();
        _ws.Write("docs/core.contract.md", "# core\n\nLoads orders.\n");
        _ws.Write("docs/core.spec.md", "# core spec\n\n## Errors\n\n_TODO(modulegen): How each contract error is detected._\n");

        var findings = _ws.Findings("orders");

        findings.Should().ContainSingle(f => f.RuleId == "MG015", findings.Describe()).Which.Should().Match<Finding>(f =>
            f.Severity == Severity.Error && f.File == "docs/core.spec.md" && f.Line == 5 && f.Column == 2);
        findings.Should().NotContain(f => f.RuleId == "MG004", "the document exists; it is unfilled, not missing");
    }

    [Fact]
    public void MG015_FilledDocuments_NoFinding()
    {
        StoreOneBrickPlan();
        _ws.Write("docs/core.contract.md", "# core\n\nLoads orders.\n");
        _ws.Write("docs/core.spec.md", "# core spec\n\nReads the orders table.\n");

        _ws.Findings("orders").Should().NotContain(f => f.RuleId == "MG015");
    }

    [Fact]
    public void MG016_AgentStubLeftInGeneratedCode_WarningAtItsLine()
    {
        File.Delete(Path.Join(_ws.Root, "modulegen.yaml"));
        foreach (var sample in Directory.GetFiles(_ws.Root, "*.py", SearchOption.AllDirectories))
        {
            File.WriteAllLines(sample, File.ReadAllLines(sample).Where(l => !l.Contains("TODO(modulegen)", StringComparison.Ordinal)));
        }

        var text = _ws.Read("modules/orders/src/orders/defs/assets.py");
        _ws.Write("modules/orders/src/orders/defs/assets.py", text + "\n# TODO(modulegen): load the real orders here\n");
        var line = text.Split('\n').Length + 1;

        Only("MG016").Should().Match<Finding>(f => f.Severity == Severity.Warning && f.File == "modules/orders/src/orders/defs/assets.py" && f.Line == line && f.Column == 3);
    }

    [Fact]
    public void RuleSettings_RegradeAChecklistFinding()
    {
        _ws.Write("modulegen.yaml", "audit:\n  rules:\n    MG001: info\n    MG002: off\n    MG016: off\n");
        Edit("modules/orders/src/orders/definitions.py", "dg.load_from_defs_folder(", "dg.Definitions(");

        var findings = _ws.Findings();

        findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.RuleId == "MG001" && f.Severity == Severity.Info);
    }

    private void StoreOneBrickPlan()
    {
        var plan = new JsonObject
        {
            ["module"] = "orders",
            ["bricks"] = new JsonArray(new JsonObject
            {
                ["name"] = "core", ["description"] = "d", ["contract_path"] = "docs/core.contract.md", ["spec_path"] = "docs/core.spec.md",
                ["target_dir"] = "modules/orders/core", ["type"] = "python_module",
            }),
        };
        _ws.Write("ai_working/module_generator/plans/orders.json", plan.ToJsonString());
        _ws.Write("modules/orders/core/core.py", "def run():\n    return 1\n");
    }

    [Fact]
    public void MG017_OlderMajorVersion_ItsChecklistWaitsForUpdateModule()
    {
        Edit("modules/orders/.modulegen-answers.yaml", "version: \"2.1.0\"", "version: \"1.0.0\"");
        Edit("modules/orders/src/orders/definitions.py", "dg.load_from_defs_folder(", "dg.Definitions(");

        Only("MG017").Message.Should().Contain("1.0.0").And.Contain("not applied to it until update_module");

        Edit("modules/orders/.modulegen-answers.yaml", "version: \"1.0.0\"", "version: \"2.1.0\"");
        Only("MG001").Message.Should().Contain("dagster.definitions");
    }

    private void Edit(string path, string from, string to)
    {
        var text = _ws.Read(path);
        text.Should().Contain(from);
        _ws.Write(path, text.Replace(from, to));
    }

    private Finding Only(string rule, string? ignore = "MG002")
    {
        var findings = _ws.Findings().Where(f => f.RuleId != ignore).ToArray();
        findings.Should().ContainSingle(findings.Describe()).Which.RuleId.Should().Be(rule, findings.Describe());
        return findings[0];
    }

    public void Dispose() => _ws.Dispose();
}
