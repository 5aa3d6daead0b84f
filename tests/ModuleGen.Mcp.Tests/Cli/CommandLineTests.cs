using System.Text.Json;
using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>The command line itself: both option forms, did-you-mean, `help`, completion, malformed --args, and the
/// workspace error told once.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Theory]
    [InlineData("tempaltes", "Did you mean 'templates'?")]
    [InlineData("new orders --adon x", "Did you mean '--addon'?")]
    [InlineData("audit --fial-on warning", "Did you mean '--fail-on'?")]
    [InlineData("docs chek orders", "Did you mean 'check'?")]
    public async Task Mistyped_VerbOrOption_ExitsTwoWithASuggestion(string line, string suggestion)
    {
        var (code, _, stderr) = await Run([.. line.Split(' '), "--workspace", _ws.Root]);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain(suggestion).And.Contain("--help' for usage.").And.NotContain("   at ");
    }

    [Fact]
    public async Task HelpVerb_ShowsTheVerbsHelp_WithPacksAndAddonsForNew()
    {
        var (code, stdout, _) = await Run("help", "new", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("--data-file <file>").And.Contain("--no-input")
            .And.Contain("Packs and their add-ons:")
            .And.Contain("add-ons: postgresql, mysql, schedules, deploy-git, deploy-rsync, component, workspace");
    }

    [Fact]
    public async Task HelpVerb_UnknownVerb_ExitsTwo()
    {
        var (code, _, stderr) = await Run("help", "tempaltes");

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Contain("unknown verb 'tempaltes'").And.Contain("Did you mean 'templates'?");
    }

    [Fact]
    public async Task OptionWithEquals_IsAccepted()
    {
        var (code, stdout, stderr) = await Run("new", "orders", "--template=python-module", "--dry-run", "--workspace=" + _ws.Root);

        code.Should().Be(ExitCodes.Ok, stderr);
        stdout.Should().Contain("Dry run: python-module");
    }

    [Theory]
    [InlineData("{module:orders}", "--args is not valid JSON at line 1, byte 2.")]
    [InlineData("{\"module\":\"\\ud800\"}", "--args holds a lone UTF-16 surrogate (a \\u escape) at /module")]
    [InlineData("[1]", "--args must be a JSON object, not array")]
    public async Task Call_MalformedArgs_ExitsTwoWithOneLine(string args, string message)
    {
        var (code, stdout, stderr) = await Run("call", "build_context", "--args", args, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("error: " + message);
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public async Task Call_LoneSurrogateInTheText_ExitsTwoWithOneLine()
    {
        var args = "{\"module\":\"" + '\ud800' + "\"}";

        var (code, stdout, stderr) = await Run("call", "build_context", "--args", args, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Usage);
        stdout.Should().BeEmpty();
        stderr.Should().Be("error: --args holds a lone UTF-16 surrogate at character 12; pass valid Unicode text.\n");
    }

    [Fact]
    public async Task MissingWorkspace_IsReportedOnce()
    {
        var (code, _, stderr) = await Run("templates", "--workspace", Path.Join(_ws.Outside, "nonexistent"));

        code.Should().Be(ExitCodes.ToolError);
        stderr.Split("workspace.not_found").Length.Should().Be(2, stderr);
    }

    [Fact]
    public async Task Completion_PrintsAScriptThatAsksModulegen_AndTheDirectiveCompletesVerbsAndPacks()
    {
        var (code, script, _) = await Run("completion", "bash");
        code.Should().Be(ExitCodes.Ok);
        script.Should().Contain("[suggest:${COMP_POINT}]").And.Contain("complete -o default -F _modulegen_complete modulegen");

        var verbs = await Run("[suggest:13]", "modulegen tem");
        verbs.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("templates");

        var line = $"modulegen new orders -w {_ws.Root} --template ";
        var packs = await Run($"[suggest:{line.Length}]", line);
        packs.Stdout.Should().Contain("dagster-module\n").And.Contain("python-module\n");
    }

    [Fact]
    public async Task Templates_Piped_IsJson_AndOnATerminal_IsATable()
    {
        var (code, stdout, _) = await Run("templates", "--workspace", _ws.Root);
        code.Should().Be(ExitCodes.Ok);
        JsonDocument.Parse(stdout).RootElement.GetProperty("templates").GetArrayLength().Should().Be(3);

        var (tableCode, screen, _) = await new TerminalCli(interactive: false).Run("templates", "dagster-module", "--workspace", _ws.Root);
        tableCode.Should().Be(ExitCodes.Ok);
        screen.Should().Contain("dagster-module 2.").And.Contain("Variables").And.MatchRegex(@"python_version\s*│\s*choice\s*│\s*3\.10\s*│\s*3\.10 \| 3\.11 \| 3\.12 \| 3\.13 \| 3\.14")
            .And.MatchRegex(@"postgresql\s*│.*│\s*mysql");
    }

    [Fact]
    public async Task Audit_OnATerminal_IsATable_AndPiped_IsJson()
    {
        _ws.Write("modules/alpha/README.md", "# alpha\n");
        _ = await Run("new", "orders", "-t", "dagster-module", "--workspace", _ws.Root);
        File.Delete(Path.Join(_ws.Root, "modules/orders/tests/test_orders_assets.py"));

        var (code, screen, _) = await new TerminalCli(interactive: false).Run("audit", "--workspace", _ws.Root);
        code.Should().Be(ExitCodes.Ok);
        screen.Should().MatchRegex(@"│\s*warning\s*│\s*MG003\s*│\s*modules/orders/tests/test_orders_assets.py").And.Contain("warning(s)");

        var (pipedCode, stdout, stderr) = await Run("audit", "--fail-on", "warning", "--workspace", _ws.Root);
        pipedCode.Should().Be(ExitCodes.GateFailed);
        JsonDocument.Parse(stdout).RootElement.GetProperty("counts").GetProperty("warning").GetInt32().Should().BeGreaterThan(0);
        stderr.Should().Contain("at or above 'warning'");
    }

    [Fact]
    public async Task Workspace_And_Docs_Verbs_CallCore()
    {
        (await Run("new", "orders", "-t", "dagster-module", "--workspace", _ws.Root)).Code.Should().Be(ExitCodes.Ok);

        var added = await Run("workspace", "add", "orders", "--format", "text", "--workspace", _ws.Root);
        added.Code.Should().Be(ExitCodes.Ok, added.Stderr);
        added.Stdout.Should().MatchRegex(@"add\s+orders\s+workspace\.yaml");

        var listed = await Run("workspace", "list", "--workspace", _ws.Root);
        JsonDocument.Parse(listed.Stdout).RootElement.GetProperty("entries")[0].GetProperty("managed").GetBoolean().Should().BeTrue();

        (await Run("new", "orders", "-t", "intent-docs", "--target", "modules/orders", "--var", "id_prefix=ORD", "--workspace", _ws.Root)).Code.Should().Be(ExitCodes.Ok);

        var next = await Run("docs", "next-id", "orders", "req", "--workspace", _ws.Root);
        next.Code.Should().Be(ExitCodes.Ok, next.Stderr);
        next.Stdout.Should().MatchRegex(@"^REQ-[A-Z]+-\d+\n$");

        var gate = await Run("docs", "gate", "orders", "--step", "9", "--workspace", _ws.Root);
        gate.Code.Should().Be(ExitCodes.ToolError);
        gate.Stderr.Should().Contain("step");
    }

    [Fact]
    public async Task Plan_Validate_ReportsProblemsWithPointers()
    {
        var file = _ws.Write("plan.json", """{"module": "orders", "bricks": []}""");

        var (code, _, stderr) = await Run("plan", "validate", file, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.ToolError);
        stderr.Should().Contain("/bricks");
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => PipedCli.Run(args);

    public void Dispose() => _ws.Dispose();
}
