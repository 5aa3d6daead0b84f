using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Registry;

/// <summary>workspace_validate: each finding fires on its problem, with file and line, and not on a clean workspace.</summary>
public sealed class WorkspaceValidateTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public void Validate_RegisteredModules_NoFindings()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Dagster("billing", ["workspace"]);
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[workspace]\n");
        _ws.Registry().Sync(new WorkspaceSyncRequest()).IsOk.Should().BeTrue();
        var before = _ws.TreeHash();

        var result = _ws.Registry().Validate().Value;

        result.Findings.Should().BeEmpty();
        result.Valid.Should().BeTrue();
        result.Files.Select(f => (f.Path, f.Exists, f.Entries, f.ManagedBlocks)).Should().Equal(("workspace.yaml", true, 2, 2), ("dg.toml", true, 0, 0));
        _ws.TreeHash().Should().Be(before, "validate is read-only");
    }

    [Fact]
    public void Validate_PythonModuleNotInTheWorkspace_ErrorWithWorkingDirectory_InfoWithout()
    {
        _ws.Write("jobs/present/__init__.py", "");
        _ws.Write("workspace.yaml", "load_from:\n  - python_module:\n      module_name: present.defs\n      working_directory: jobs\n  - python_module:\n      module_name: gone.defs\n      working_directory: jobs\n  - python_module: installed_somewhere\n");

        var findings = _ws.Registry().Validate().Value.Findings;

        findings.Select(f => (f.Code, f.Severity, f.Line)).Should().Equal(
            (ErrorCodes.RegistryEntryModuleMissing, Severity.Error, 5),
            (ErrorCodes.RegistryEntryModuleMissing, Severity.Info, 8));
    }

    [Fact]
    public void Validate_BlockOfAModuleThatIsGone_EntryModuleMissing()
    {
        _ws.Dagster("orders", ["workspace"]);
        Directory.Delete(Path.Join(_ws.Root, "modules/orders"), recursive: true);

        var finding = Single(ErrorCodes.RegistryEntryModuleMissing);

        finding.Should().Match<RegistryFinding>(f => f.File == "workspace.yaml" && f.Line == 3 && f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("workspace.yaml", "load_from:\n  - python_file:\n      relative_path: jobs/missing.py\n", 2)]
    [InlineData("workspace.yaml", "load_from:\n  - python_module:\n      module_name: gone.definitions\n      working_directory: modules/gone\n", 2)]
    [InlineData("dg.toml", "directory_type = \"workspace\"\n[workspace]\n\n[[workspace.projects]]\npath = \"projects/missing\"\n", 4)]
    [InlineData("dg.toml", "directory_type = \"workspace\"\n[[workspace.projects]]\npath = \"../../etc\"\n", 2)]
    public void Validate_EntryPointingAtAMissingPath_EntryModuleMissing(string file, string text, int line)
    {
        _ws.Write(file, text);

        Single(ErrorCodes.RegistryEntryModuleMissing).Should().Match<RegistryFinding>(f => f.File == file && f.Line == line);
    }

    [Fact]
    public void Validate_ExistingPaths_NoFinding()
    {
        _ws.Write("jobs/legacy.py", "x = 1\n");
        _ws.Write("projects/one/pyproject.toml", "");
        _ws.Write("workspace.yaml", "load_from:\n  - python_file:\n      relative_path: jobs/legacy.py\n");
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n\n[[workspace.projects]]\npath = \"projects/one\"\n");

        _ws.Registry().Validate().Value.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_LocationNameTwice_DuplicateOnTheSecondEntry()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Write("workspace.yaml", _ws.Read("workspace.yaml") + "  - grpc_server:\n      host: other\n      port: 4500\n      location_name: orders\n");

        Single(ErrorCodes.RegistryLocationDuplicate).Should().Match<RegistryFinding>(f => f.File == "workspace.yaml" && f.Line == 9 && f.Message.Contains("workspace.yaml:4"));
    }

    [Fact]
    public void Validate_ProjectTwice_Duplicate()
    {
        _ws.Write("projects/one/x", "");
        _ws.Write("dg.toml", "directory_type = \"workspace\"\n[[workspace.projects]]\npath = \"projects/one\"\n[[workspace.projects]]\npath = \"projects/one\"\n");

        Single(ErrorCodes.RegistryProjectDuplicate).Line.Should().Be(4);
    }

    [Fact]
    public void Validate_TwoModulesOnOnePort_PortCollision_ButAModuleAndItsOwnEntryAreOneOwner()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Dagster("billing", ["workspace"], new Dictionary<string, object?> { ["grpc_port"] = 4000L });

        var finding = Single(ErrorCodes.RegistryPortCollision);

        finding.Message.Should().Contain("Port 4000").And.Contain("module orders").And.Contain("module billing");
        finding.File.Should().Be("workspace.yaml");
        finding.Line.Should().NotBeNull();
    }

    [Fact]
    public void Validate_OtherFileClaimsTheModulesPort_PortCollision()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Write("services/.env", "API_PORT=4000\n");

        Single(ErrorCodes.RegistryPortCollision).Message.Should().Contain("services/.env:1");
    }

    [Fact]
    public void Validate_ModuleAskedForRegistrationButIsNotRegistered_Warning()
    {
        _ws.Dagster("orders", ["workspace"]);
        _ws.Registry().Remove(new WorkspaceRemoveRequest("orders")).IsOk.Should().BeTrue();

        var finding = Single(ErrorCodes.RegistryNotRegistered);

        finding.Should().Match<RegistryFinding>(f => f.File == "modules/orders/.modulegen-answers.yaml" && f.Line != null && f.Severity == Severity.Warning && f.Module == "orders");
        _ws.Read("modules/orders/.modulegen-answers.yaml").Split('\n')[finding.Line!.Value - 1].Should().Be("  - \"workspace\"");
    }

    [Fact]
    public void Validate_ModuleWithoutTheAddon_IsNotExpectedToBeRegistered()
    {
        _ws.Dagster("orders");

        _ws.Registry().Validate().Value.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("workspace.yaml", "load_from:\n  # >>> modulegen:orders >>>\n  - python_file: x.py\n", ErrorCodes.RegistryMarkerBroken, 2)]
    [InlineData("workspace.yaml", "load_from:\n  - [unclosed\n", ErrorCodes.RegistryFileInvalid, 3)]
    [InlineData("workspace.yaml", "load_from: 7\n", ErrorCodes.RegistryFileInvalid, 1)]
    [InlineData("dg.toml", "[workspace\n", ErrorCodes.RegistryFileInvalid, 1)]
    public void Validate_BrokenFile_FindingWithItsLine(string file, string text, string code, int line)
    {
        _ws.Write("x.py", "");
        _ws.Write(file, text);

        _ws.Registry().Validate().Value.Findings.Should().Contain(f => f.Code == code && f.File == file && f.Line == line);
    }

    private RegistryFinding Single(string code)
    {
        var findings = _ws.Registry().Validate().Value.Findings;
        return findings.Should().ContainSingle(f => f.Code == code, string.Join("\n", findings.Select(f => $"{f.Code} {f.File}:{f.Line} {f.Message}"))).Subject;
    }

    public void Dispose() => _ws.Dispose();
}
