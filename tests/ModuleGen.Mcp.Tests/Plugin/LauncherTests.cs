using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Plugin;

/// <summary>Runs bin/modulegen-launch from a copy of the plugin layout, with a stand-in `dotnet` whose publish copies
/// the already built server and chatters on stdout: the client must still get clean MCP, the build must happen once,
/// and again only after a source changes.</summary>
public sealed class LauncherTests : IDisposable
{
    private const string FakeDotnet =
        """
        #!/bin/sh
        # Stands in for the SDK: publish copies the built server (and prints build chatter on stdout, which the
        # launcher must keep away from the client); anything else goes to the real dotnet.
        case "$1" in
          --info) echo ".NET SDK:"; echo " RID:         linux-x64" ;;
          publish)
            echo "publish chatter on stdout"
            echo "$*" >>"$FAKE_DOTNET_LOG"
            out=""; previous=""
            for arg in "$@"; do [ "$previous" = "-o" ] && out="$arg"; previous="$arg"; done
            mkdir -p "$out" && cp -R "$MODULEGEN_BUILT"/. "$out"/ ;;
          *) exec "$REAL_DOTNET" "$@" ;;
        esac
        """;

    private readonly TempWorkspace _ws = new();
    private readonly string _plugin;
    private readonly string _publishLog;
    private readonly Dictionary<string, string?> _environment;

    public LauncherTests()
    {
        _plugin = Path.Join(_ws.Outside, "plugin");
        _publishLog = Path.Join(_ws.Outside, "publish.log");
        var fakeBin = Path.Join(_ws.Outside, "fake-bin");
        Directory.CreateDirectory(fakeBin);
        Directory.CreateDirectory(Path.Join(_plugin, "bin"));
        Directory.CreateDirectory(Path.Join(_plugin, "src", "ModuleGen.Mcp"));
        Directory.CreateDirectory(Path.Join(_plugin, "templates"));
        File.Copy(Path.Join(RepoPaths.Root, "bin", "modulegen-launch"), Path.Join(_plugin, "bin", "modulegen-launch"));
        File.WriteAllText(Path.Join(_plugin, "src", "ModuleGen.Mcp", "Program.cs"), "// source\n");
        File.WriteAllText(Path.Join(_plugin, "templates", "README.md"), "templates\n");
        File.WriteAllText(Path.Join(_plugin, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Join(_plugin, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Join(fakeBin, "dotnet"), FakeDotnet.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            File.SetUnixFileMode(Path.Join(fakeBin, "dotnet"), executable);
            File.SetUnixFileMode(Path.Join(_plugin, "bin", "modulegen-launch"), executable);
        }

        _environment = new Dictionary<string, string?>
        {
            ["PATH"] = fakeBin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_DOTNET_LOG"] = _publishLog,
            ["MODULEGEN_BUILT"] = AppContext.BaseDirectory,
            ["REAL_DOTNET"] = RealDotnet(),
            ["MODULEGEN_LAUNCH_REBUILD"] = null,
        };
    }

    [UnixFact]
    public async Task FirstStart_BuildsOnce_KeepsStdoutClean_AndRebuildsOnlyWhenASourceChanges()
    {
        var firstStderr = await FirstLineIsTheInitializeAnswerAsync();
        Publishes().Should().Be(1);
        firstStderr.Should().Contain("modulegen-launch: building the server");
        File.ReadAllText(Path.Join(_plugin, ".modulegen-server", "build.log")).Should().Contain("publish chatter on stdout");
        _ws.Exists(".modulegen/logs").Should().BeTrue("the server serves the workspace it was given");

        var stderr = new ConcurrentQueue<string>();
        (await ListToolsAsync(stderr)).Should().Contain("build_context");
        Publishes().Should().Be(1, "a fresh build is reused");

        File.SetLastWriteTimeUtc(Path.Join(_plugin, "src", "ModuleGen.Mcp", "Program.cs"), DateTime.UtcNow.AddMinutes(5));
        (await ListToolsAsync(stderr)).Should().NotBeEmpty();
        Publishes().Should().Be(2, "a changed source file makes the build stale");
        Directory.GetDirectories(Path.Join(_plugin, ".modulegen-server"), "build-*").Should().HaveCount(2, "the previous build is kept, older ones go");
    }

    [UnixFact]
    public async Task SessionStartHook_StartsTheFirstBuild_SaysPlainlyHowToReconnect_ThenStaysQuiet()
    {
        var (exit, output) = await HookAsync();

        exit.Should().Be(0);
        using (var answer = JsonDocument.Parse(output))
        {
            answer.RootElement.GetProperty("systemMessage").GetString().Should().Contain("building its MCP server").And.Contain("/mcp").And.Contain("Reconnect");
            var context = answer.RootElement.GetProperty("hookSpecificOutput");
            context.GetProperty("hookEventName").GetString().Should().Be("SessionStart");
            context.GetProperty("additionalContext").GetString().Should().Contain("still being built");
        }

        (await ListToolsAsync(new ConcurrentQueue<string>())).Should().Contain("build_context");
        Publishes().Should().Be(1, "the server start waits for the build the hook began instead of starting another");
        (await HookAsync()).Should().Be((0, ""), "once the build is current the hook says nothing");
    }

    [UnixFact]
    public async Task SessionStartHook_WithoutDotnet_SaysWhatToInstall()
    {
        // A PATH with the tools the launcher uses and no dotnet, as on a machine without the SDK.
        var tools = Path.Join(_ws.Outside, "no-sdk-bin");
        Directory.CreateDirectory(tools);
        foreach (var tool in new[] { "cat", "dirname", "find", "head", "sed", "mkdir", "rm" })
        {
            File.CreateSymbolicLink(Path.Join(tools, tool), FindOnPath(tool));
        }

        _environment["PATH"] = tools;

        var (exit, output) = await HookAsync();

        exit.Should().Be(0, "a hook that fails would only add noise to the session");
        using var answer = JsonDocument.Parse(output);
        answer.RootElement.GetProperty("systemMessage").GetString().Should().Contain(".NET 10 SDK").And.Contain("INSTALL.md");
        Directory.Exists(Path.Join(_plugin, ".modulegen-server")).Should().BeFalse("nothing is built without the SDK");
    }

    private Task<(int ExitCode, string Output)> HookAsync() =>
        ProcessRunner.RunAsync(FindOnPath("sh"), _ws.Root, StdioServer.Timeout,
            _environment.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!),
            Path.Join(_plugin, "bin", "modulegen-launch"), "--session-start");

    /// <summary>Starts the launcher raw, sends initialize and checks that the very first stdout line is its answer:
    /// nothing the build prints may come before it. Returns what the launcher wrote to stderr.</summary>
    private async Task<string> FirstLineIsTheInitializeAnswerAsync()
    {
        var start = new ProcessStartInfo(Path.Join(_plugin, "bin", "modulegen-launch"))
        {
            ArgumentList = { "--workspace", _ws.Root },
            WorkingDirectory = _ws.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"launcher-test","version":"1"}}}""");
        using var deadline = new CancellationTokenSource(StdioServer.Timeout);
        var first = await process.StandardOutput.ReadLineAsync(deadline.Token);
        // The server opens its workspace after the handshake; a tool call makes it do so (and write its call log).
        await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list_plans","arguments":{}}}""");
        (await process.StandardOutput.ReadLineAsync(deadline.Token)).Should().Contain("\"id\":2");
        process.StandardInput.Close();
        await process.WaitForExitAsync(deadline.Token);

        first.Should().NotBeNull().And.StartWith("{", "the first stdout line must be the initialize answer, not build output");
        using var answer = JsonDocument.Parse(first!);
        answer.RootElement.GetProperty("id").GetInt32().Should().Be(1, $"the first stdout line was '{first}'");
        answer.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString().Should().Be("modulegen");
        return await stderr;
    }

    private async Task<string[]> ListToolsAsync(ConcurrentQueue<string> stderr)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "launcher",
            Command = Path.Join(_plugin, "bin", "modulegen-launch"),
            Arguments = ["--workspace", _ws.Root],
            WorkingDirectory = _ws.Root,
            EnvironmentVariables = _environment,
            StandardErrorLines = stderr.Enqueue,
        });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: StdioServer.Deadline());
        return [.. (await client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name)];
    }

    private int Publishes() => File.Exists(_publishLog) ? File.ReadAllLines(_publishLog).Length : 0;

    private static string FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Join(dir, tool)).First(File.Exists);

    private static string RealDotnet() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Join(dir, "dotnet"))
            .FirstOrDefault(File.Exists)
        ?? Environment.ProcessPath!;

    public void Dispose() => _ws.Dispose();
}
