using System.Text.Json.Nodes;
using ModuleGen.Core.Common;
using ModuleGen.Core.Tests.Support;
using ModuleGen.Core.Verification;

namespace ModuleGen.Core.Tests.Verification;

public sealed class FileVerifierTests : IDisposable
{
    private readonly PlanServices _s = new();

    public FileVerifierTests()
    {
        var plan = SamplePlans.Chain(2);
        plan.BrickAt(0)["files"] = new JsonArray("__init__.py", "core.py");
        _s.StoreValid(plan);
        foreach (var doc in new[] { "b0.contract.md", "b0.impl_spec.md", "b1.contract.md", "b1.impl_spec.md" })
        {
            _s.Temp.Write($"ai_working/orders/{doc}", "# doc\n");
        }

        _s.Temp.Write("modules/orders/b0/__init__.py", "\"\"\"b0.\"\"\"\n");
        _s.Temp.Write("modules/orders/b0/core.py", "def run():\n    return 1\n");
        _s.Temp.Write("modules/orders/b1/main.py", "print('ok')\n");
    }

    [Fact]
    public void Verify_EverythingAsPlanned_Passes()
    {
        var result = Verifier.Verify(new VerifyFilesRequest("orders", null, Detail: true)).Value;
        var counted = Verifier.Verify(new VerifyFilesRequest("orders", null)).Value;

        result.Passed.Should().BeTrue();
        result.Bricks.Select(b => b.Brick).Should().Equal("b0", "b1");
        result.Bricks[0].Checks.Select(c => (c.Check, c.Status)).Should().Equal(
            ("target_dir", "passed"), ("file", "passed"), ("file", "passed"), ("rendered_files", "passed"), ("contract", "passed"), ("spec", "passed"));
        counted.Bricks.Should().OnlyContain(b => b.Checks.Count == 0, "without detail, passing checks are only counted");
        counted.Summary.Should().Be(result.Summary);
        result.Bricks[0].UnplannedFiles.Should().BeEmpty();
        result.Bricks[1].UnplannedFiles.Should().BeNull("b1 lists no expected files");
        result.Summary.Should().Be(new VerificationSummary(2, 2, 10, 10, 0, 0));
    }

    public static TheoryData<string, string, string> Problems => new()
    {
        { "target_dir_missing", ErrorCodes.VerifyTargetDirMissing, "modules/orders/b1" },
        { "file_missing", ErrorCodes.VerifyFileMissing, "modules/orders/b0/core.py" },
        { "file_empty", ErrorCodes.VerifyFileEmpty, "modules/orders/b0/core.py" },
        { "unrendered_token", ErrorCodes.VerifyUnrenderedToken, "modules/orders/b0/core.py" },
        { "contract_missing", ErrorCodes.VerifyContractMissing, "ai_working/orders/b1.contract.md" },
        { "spec_missing", ErrorCodes.VerifySpecMissing, "ai_working/orders/b0.impl_spec.md" },
        { "contract_unfilled", ErrorCodes.VerifyDocumentUnfilled, "ai_working/orders/b1.contract.md" },
        { "spec_unfilled", ErrorCodes.VerifyDocumentUnfilled, "ai_working/orders/b0.impl_spec.md" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Verify_Problem_FailsTheBrickWithCodeAndPath(string problem, string code, string path)
    {
        Break(problem);
        var before = _s.Temp.TreeHash();

        var result = Verifier.Verify(new VerifyFilesRequest("orders", null)).Value;

        result.Passed.Should().BeFalse();
        var failed = result.Bricks.SelectMany(b => b.Checks).Where(c => c.Status == VerificationCheck.Failed).ToArray();
        failed.Should().ContainSingle(c => c.Code == code && c.Path == path);
        result.Summary.Failed.Should().Be(failed.Length);
        _s.Temp.TreeHash().Should().Be(before, "verify_files is read-only");
    }

    [Fact]
    public void Verify_UnrenderedToken_GivesLineAndColumn()
    {
        _s.Temp.Write("modules/orders/b0/core.py", "def run():\n    return '{{ value }}'\n");

        var check = Verifier.Verify(new VerifyFilesRequest("orders", "b0")).Value.Bricks.Single().Checks.Single(c => c.Check == "unrendered_tokens");

        check.Location.Should().Be(new SourceLocation("modules/orders/b0/core.py", 2, 13));
        check.Detail.Should().Contain("1 template tag(s)");
    }

    [Fact]
    public void Verify_FreshSkeletons_FailUntilEveryMarkerLineIsReplaced()
    {
        File.Delete(Path.Join(_s.Temp.Root, "ai_working/orders/b1.contract.md"));
        File.Delete(Path.Join(_s.Temp.Root, "ai_working/orders/b1.impl_spec.md"));
        _s.Specs.Resolve(new Core.Bricks.ResolveBrickSpecsRequest("orders", true)).Value.Created.Should().Be(2);

        var unfilled = Verifier.Verify(new VerifyFilesRequest("orders", "b1")).Value.Bricks.Single();

        unfilled.Passed.Should().BeFalse();
        unfilled.Checks.Where(c => c.Code == ErrorCodes.VerifyDocumentUnfilled).Select(c => (c.Check, c.Location!.File, c.Location.Line))
            .Should().Equal(("contract", "ai_working/orders/b1.contract.md", FirstMarkerLine("ai_working/orders/b1.contract.md")),
                ("spec", "ai_working/orders/b1.impl_spec.md", FirstMarkerLine("ai_working/orders/b1.impl_spec.md")));
        foreach (var doc in new[] { "ai_working/orders/b1.contract.md", "ai_working/orders/b1.impl_spec.md" })
        {
            var filled = string.Join('\n', _s.Temp.Read(doc).Split('\n').Select(l => l.Contains(FillInMarker.Text, StringComparison.Ordinal) ? "Written by the agent." : l));
            _s.Temp.Write(doc, filled);
        }

        Verifier.Verify(new VerifyFilesRequest("orders", "b1")).Value.Bricks.Single().Passed.Should().BeTrue();
    }

    [Fact]
    public void Verify_UnplannedFiles_AreListedAsWarningsWithoutFailing()
    {
        _s.Temp.Write("modules/orders/b0/extra.py", "x = 1\n");
        _s.Temp.Write("modules/orders/b0/__pycache__/core.cpython-312.pyc", "\0\0");

        var brick = Verifier.Verify(new VerifyFilesRequest("orders", "b0")).Value.Bricks.Single();

        brick.Passed.Should().BeTrue();
        brick.UnplannedFiles.Should().Equal("modules/orders/b0/extra.py");
        brick.Checks.Should().ContainSingle(c => c.Status == VerificationCheck.Warning && c.Code == ErrorCodes.VerifyUnplannedFile);
    }

    [Fact]
    public void Verify_ThousandsOfUnplannedFiles_ListsTheFirstAndCountsTheRest()
    {
        for (var i = 0; i < 1_500; i++)
        {
            _s.Temp.Write($"modules/orders/b0/stray/{i:0000}.txt", "x\n");
        }

        var brick = _s.Verifier.Verify(new VerifyFilesRequest("orders", "b0")).Value.Bricks.Single();

        brick.UnplannedFiles.Should().HaveCount(FileVerifier.MaxListedUnplanned);
        var unplanned = brick.Checks.Where(c => c.Code == ErrorCodes.VerifyUnplannedFile).ToArray();
        unplanned.Should().HaveCount(FileVerifier.MaxListedUnplanned + 1);
        unplanned[^1].Detail.Should().Contain("1,500").And.Contain("1,400 more");
    }

    [Fact]
    public void Verify_BinaryFileWithBraces_IsNotReportedAsToken()
    {
        File.WriteAllBytes(Path.Join(_s.Temp.Root, "modules/orders/b1/logo.bin"), [0, (byte)'{', (byte)'{', 1]);

        Verifier.Verify(new VerifyFilesRequest("orders", "b1")).Value.Passed.Should().BeTrue();
    }

    [Fact]
    public void Verify_FolderOfAnotherBrickInside_IsLeftToThatBrick()
    {
        var plan = SamplePlans.Chain(2);
        plan.BrickAt(0)["files"] = new JsonArray("core.py");
        plan.BrickAt(1)["target_dir"] = "modules/orders/b0/b1";
        var current = _s.Store.Load(new ModuleGen.Core.Plans.LoadPlanRequest("orders", null)).Value.Revision;
        _s.StoreValid(plan, current);
        _s.Temp.Write("modules/orders/b0/b1/main.py", "NAME = '{{x}}'\n");

        var b0 = Verifier.Verify(new VerifyFilesRequest("orders", "b0")).Value.Bricks.Single();

        b0.UnplannedFiles.Should().Equal("modules/orders/b0/__init__.py");
        b0.Checks.Should().NotContain(c => c.Check == "unrendered_tokens" && c.Status == VerificationCheck.Failed);
    }

    [Fact]
    public void Verify_TemplateSyntaxInAFileNoPackRendered_IsTheAgentsCode_AndNotChecked()
    {
        _s.Temp.Write("modules/orders/b0/core.py", "NAME = \"{{ module_name }}\"\nCONFIG = {\"ops\": {\"x\": {\"config\": {}}}}\n");

        _s.Verifier.Verify(new VerifyFilesRequest("orders", "b0")).Value.Passed.Should().BeTrue("only the files a pack rendered are checked for template syntax");
    }

    [Theory]
    [InlineData("orders", "ghost", ErrorCodes.BrickUnknown, "/brick")]
    [InlineData("nothing", null, ErrorCodes.PlanNotFound, "/module")]
    public void Verify_BadRequest_IsRefused(string module, string? brick, string code, string pointer)
    {
        Verifier.Verify(new VerifyFilesRequest(module, brick)).Errors.Should().ContainSingle(e => e.Code == code && e.Pointer == pointer);
    }

    /// <summary>The verifier as the server composes it for a scaffolded brick: the plan's files, here taken as what a pack
    /// rendered (so their template syntax and stubs are checked).</summary>
    private FileVerifier Verifier => new(_s.Workspace, _s.Store, _s.Expander, [new PlanExpectedFiles(), new PackRendered()], DgSupport.Off(_s.Workspace));

    private sealed class PackRendered : IExpectedFilesSource
    {
        public IReadOnlyList<string>? ExpectedFiles(Core.Execution.ExpandedBrick brick) => null;

        public IReadOnlyCollection<string> Rendered(Core.Execution.ExpandedBrick brick) => brick.Brick.Files ?? [];
    }

    private int FirstMarkerLine(string doc) =>
        _s.Temp.Read(doc).Split('\n').ToList().FindIndex(l => l.StartsWith("_" + FillInMarker.Text, StringComparison.Ordinal)) + 1;

    private void Break(string problem)
    {
        switch (problem)
        {
            case "target_dir_missing": Directory.Delete(Path.Join(_s.Temp.Root, "modules/orders/b1"), true); break;
            case "file_missing": File.Delete(Path.Join(_s.Temp.Root, "modules/orders/b0/core.py")); break;
            case "file_empty": _s.Temp.Write("modules/orders/b0/core.py", ""); break;
            case "unrendered_token": _s.Temp.Write("modules/orders/b0/core.py", "NAME = \"{{ module_name }}\"\n"); break;
            case "contract_missing": File.Delete(Path.Join(_s.Temp.Root, "ai_working/orders/b1.contract.md")); break;
            case "spec_missing": File.Delete(Path.Join(_s.Temp.Root, "ai_working/orders/b0.impl_spec.md")); break;
            case "contract_unfilled": _s.Temp.Write("ai_working/orders/b1.contract.md", $"# b1\n\n_{FillInMarker.Text}: State what b1 does._\n"); break;
            case "spec_unfilled": _s.Temp.Write("ai_working/orders/b0.impl_spec.md", $"# b0\n\nReads orders.\n\n{FillInMarker.Text}: errors\n"); break;
        }
    }

    [Fact]
    public void Verify_FileTheAnswersRecordAsEmpty_IsNotAFinding()
    {
        _s.Temp.Write("modules/orders/b1/py.typed", "");
        _s.Temp.Write("modules/orders/b1/.modulegen-answers.yaml",
            "pack: \"python-module\"\nversion: \"1.0.0\"\nvariables: {}\naddons: []\nfiles:\n" +
            $"  \"main.py\": \"{Core.Workspace.ContentHash.Of("print('ok')\n")}\"\n  \"py.typed\": \"{Core.Workspace.ContentHash.Of("")}\"\ninjections: []\n");
        var verifier = new FileVerifier(_s.Workspace, _s.Store, _s.Expander, [new Core.Scaffolding.AnswersExpectedFiles(_s.Workspace)], DgSupport.Off(_s.Workspace));

        var brick = verifier.Verify(new VerifyFilesRequest("orders", "b1", Detail: true)).Value.Bricks.Single();

        brick.Passed.Should().BeTrue();
        brick.Checks.Should().Contain(c => c.Check == "file" && c.Path == "modules/orders/b1/py.typed" && c.Status == "passed");
    }

    [Fact]
    public void Verify_BrickInADgProjectAndDgNotAllowed_SaysTheDgChecksWereNotRunNeverPassed()
    {
        _s.Temp.DgProject("modules/orders");

        var result = _s.Verifier.Verify(new VerifyFilesRequest("orders", null)).Value;

        var dg = result.Bricks[0].Checks.Should().ContainSingle(c => c.Check == "dg_check_defs").Subject;
        (dg.Status, dg.Code, dg.Path).Should().Be((VerificationCheck.NotRun, ErrorCodes.VerifyDgNotRun, "modules/orders/pyproject.toml"));
        result.Bricks[1].Checks.Should().NotContain(c => c.Check.StartsWith("dg_"), "the project is checked once per call, under its first brick");
        result.Passed.Should().BeTrue("a check that did not run fails nothing");
        result.Summary.NotRun.Should().Be(1);
        result.Summary.Passed.Should().Be(result.Summary.Checks - 1);
    }

    [PosixFact]
    public void Verify_DgAllowedAndTheProjectFailsToLoad_FailsTheBrickAtTheErrorsLine()
    {
        _s.Temp.DgProject("modules/orders");
        using var dg = new StandInDg();
        dg.Mode("fail");
        var verifier = new FileVerifier(_s.Workspace, _s.Store, _s.Expander, [new PlanExpectedFiles()], DgSupport.Allowed(_s.Workspace, dg));

        var result = verifier.Verify(new VerifyFilesRequest("orders", null)).Value;

        var check = result.Bricks[0].Checks.Should().ContainSingle(c => c.Check == "dg_check_defs").Subject;
        (check.Status, check.Code, check.Location?.File, check.Location?.Line).Should().Be(
            (VerificationCheck.Failed, ErrorCodes.VerifyDgCheckFailed, "modules/orders/src/orders/defs/assets.py", 7));
        result.Bricks[0].Passed.Should().BeFalse();
    }

    public void Dispose() => _s.Dispose();
}
