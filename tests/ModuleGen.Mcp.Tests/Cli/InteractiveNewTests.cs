using ModuleGen.Mcp.Cli;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>`modulegen new` on a terminal: the prompts a person sees, answers checked as they are typed, and the
/// scripted forms (--no-input, --data-file) that never ask.</summary>
public sealed class InteractiveNewTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task New_OnATerminal_AsksForPackNameAndAddons_ThenScaffolds()
    {
        var cli = new TerminalCli(interactive: true);
        cli.Console.Input.PushKey(ConsoleKey.Enter);              // pack: the first, dagster-module
        cli.Console.Input.PushTextWithEnter("9 orders");          // refused: must start with a letter
        cli.Console.Input.PushTextWithEnter("orders");
        cli.Console.Input.PushKey(ConsoleKey.Spacebar);           // tick postgresql
        cli.Console.Input.PushKey(ConsoleKey.Enter);
        cli.Console.Input.PushTextWithEnter("n");                 // keep the optional defaults

        var (code, screen, stderr) = await cli.Run("new", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok, stderr);
        screen.Should().Contain("Which template pack?").And.Contain("dagster-module")
            .And.Contain("Template pack: dagster-module")
            .And.Contain("module (Module name as said")
            .And.Contain("It must match [A-Za-z][A-Za-z0-9 _-]{0,63}.")
            .And.Contain("Which add-ons?").And.Contain("postgresql — A PostgreSQL resource")
            .And.Contain("Add-ons: postgresql")
            .And.Contain("Review the 18 optional value(s) (defaults are used otherwise)? [y/n] (n): n")
            .And.Contain("created          modules/orders/src/orders/defs/resources.py")
            .And.Contain("Same answers without prompts: modulegen new orders --template dagster-module --addon postgresql");
        _ws.Exists("modules/orders/.env.example").Should().BeTrue();
    }

    [Fact]
    public async Task New_ConflictingAddonsAtThePrompt_AreRefusedOnTheSpotAndAskedAgain()
    {
        var cli = new TerminalCli(interactive: true);
        cli.Console.Input.PushKey(ConsoleKey.Spacebar);           // postgresql
        cli.Console.Input.PushKey(ConsoleKey.DownArrow);
        cli.Console.Input.PushKey(ConsoleKey.Spacebar);           // mysql: conflicts
        cli.Console.Input.PushKey(ConsoleKey.Enter);
        cli.Console.Input.PushKey(ConsoleKey.Enter);              // second round: none
        cli.Console.Input.PushTextWithEnter("y");                 // review the optional values…
        for (var i = 0; i < 18; i++)
        {
            cli.Console.Input.PushKey(ConsoleKey.Enter);          // …keeping every default
        }

        var (code, screen, stderr) = await cli.Run("new", "orders", "-t", "dagster-module", "--dry-run", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok, stderr);
        screen.Should().Contain("postgresql and mysql cannot be combined. Choose again.")
            .And.Contain("Add-ons: none")
            .And.Contain("dagster_version (Lowest Dagster version the project depends on; by default the one sibling projects pin") // a derived default: "(empty: derived from the other values)"
            .And.Contain("would create     modules/orders/pyproject.toml");
        _ws.Exists("modules").Should().BeFalse();
    }

    [Fact]
    public async Task New_NoInputOnATerminal_AsksNothingAndNamesWhatIsMissing()
    {
        var cli = new TerminalCli(interactive: true);

        var (code, screen, stderr) = await cli.Run("new", "--template", "dagster-module", "--no-input", "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().Be("error: missing the module name (first argument) (--no-input asks for nothing).\n");
        screen.Should().BeEmpty();
    }

    [Fact]
    public async Task New_Piped_WithoutTemplate_ListsThePacks()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["new", "orders", "--workspace", _ws.Root], stdout, stderr);

        code.Should().Be(ExitCodes.Usage);
        stderr.ToString().Should().Contain("new needs --template <pack>; packs: dagster-module, intent-docs, python-module");
    }

    [Fact]
    public async Task New_DataFile_SuppliesTheVariables_AndAnAnswersFileReplaysAScaffold()
    {
        var data = _ws.Write("answers.yaml", "module: orders\ndescription: Orders and their lines.\n");
        var cli = new TerminalCli(interactive: false);

        var (code, screen, stderr) = await cli.Run("new", "--template=python-module", "--data-file", data, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Ok, stderr);
        screen.Should().Contain("created          modules/orders/README.md");
        _ws.Read("modules/orders/README.md").Should().Contain("Orders and their lines.");

        var replay = await new TerminalCli(interactive: false).Run("new", "--data-file", Path.Join(_ws.Root, "modules/orders/.modulegen-answers.yaml"), "--target", "modules/orders", "--workspace", _ws.Root);

        replay.Code.Should().Be(ExitCodes.Ok, replay.Stderr);
        replay.Screen.Should().Contain("Nothing to do: every file is unchanged.");
    }

    [Theory]
    [InlineData("module: [orders\n", "is not valid YAML")]
    [InlineData(null, "nest more than 64 deep")] // 20,000 levels: unbounded, the scanner took tens of seconds
    public async Task New_DataFileThatIsNotYaml_ExitsTwoWithOneLine(string? text, string expected)
    {
        var data = _ws.Write("answers.yaml", text ?? "module: " + new string('[', 20_000) + new string(']', 20_000) + "\n");

        var (code, _, stderr) = await new TerminalCli(interactive: false).Run("new", "-t", "python-module", "--data-file", data, "--workspace", _ws.Root);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().StartWith("error: --data-file").And.Contain("is not valid YAML").And.Contain(expected);
    }

    public void Dispose() => _ws.Dispose();
}
