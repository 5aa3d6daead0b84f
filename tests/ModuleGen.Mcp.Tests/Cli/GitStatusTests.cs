using ModuleGen.Core.Workspace;
using ModuleGen.Mcp.Cli;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Cli;

/// <summary>A read-only call and a dry run leave git status clean: ModuleGen's state folders (logs, backups) carry
/// their own self-ignoring .gitignore, and .modulegen/templates/ stays committable.</summary>
public sealed class GitStatusTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task ReadOnlyCallAndDryRun_LeaveGitStatusClean()
    {
        await Git("init", "-q");
        await Git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "start");

        (await Run("call", "build_context", "--args", """{"module": "orders"}""", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);
        var dry = """{"template": "dagster-module", "target_dir": "modules/orders", "variables": {"module": "orders"}, "addons": ["workspace"], "dry_run": true}""";
        (await Run("call", "scaffold", "--args", dry, "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);

        Directory.Exists(Path.Join(_ws.Root, ".modulegen/logs")).Should().BeTrue("the call log is on by default, so the folder is really there");
        (await Git("status", "--porcelain", "--untracked-files=all")).Should().BeEmpty();
        File.ReadAllText(Path.Join(_ws.Root, ".modulegen/logs/.gitignore")).Should().Be(StateFolderIgnore.Text);
    }

    [Fact]
    public async Task ScaffoldAndRegistryEdits_LeaveOnlyTheirOwnFilesInGitStatus_LockFilesIncluded()
    {
        await Git("init", "-q");
        await Git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "start");

        (await Run("new", "orders", "--template", "dagster-module", "--addon", "workspace", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);
        (await Run("call", "workspace_remove", "--args", """{"module": "orders"}""", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);

        var status = await Git("status", "--porcelain", "--untracked-files=all");
        status.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(l => l.StartsWith("?? modules/orders/", StringComparison.Ordinal),
            "locks, backups, staging and logs under .modulegen/ ignore themselves; the module's own files are what a commit should take");
    }

    [Fact]
    public async Task TemplatesUnderModulegen_StayCommittable()
    {
        await Git("init", "-q");
        Directory.CreateDirectory(Path.Join(_ws.Root, ".modulegen/templates/mine"));
        File.WriteAllText(Path.Join(_ws.Root, ".modulegen/templates/mine/template.yaml"), "name: mine\n");

        (await Run("call", "build_context", "--args", """{"module": "orders"}""", "--workspace", _ws.Root)).Should().Be(ExitCodes.Ok);

        (await Git("status", "--porcelain", "--untracked-files=all")).Should().Be("?? .modulegen/templates/mine/template.yaml\n");
    }

    private async Task<string> Git(params string[] args)
    {
        var (code, output) = await ProcessRunner.RunAsync("git", _ws.Root, TimeSpan.FromMinutes(1), null, args);
        code.Should().Be(0, output);
        return output;
    }

    private static async Task<int> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        return await CliApp.RunAsync(args, stdout, stderr);
    }

    public void Dispose() => _ws.Dispose();
}
