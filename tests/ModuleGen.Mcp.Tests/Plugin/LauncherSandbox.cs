using System.Collections.Concurrent;
using System.Diagnostics;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Plugin;

/// <summary>A copy of the plugin layout with bin/modulegen-launch, and a PATH whose first folder holds stand-ins: `dotnet`
/// (publish copies the already built server and chatters on stdout; the native publish waits for
/// <see cref="ReleaseNativeBuild"/>; tool install finds no package), `uv` (no package either) and a `modulegen` of
/// another version, so a real install on the machine is never reached. Each stand-in appends what it did to a log the
/// tests read; a test replaces one with <see cref="AddTool"/>.</summary>
internal sealed class LauncherSandbox : IDisposable
{
    private const string FakeDotnet =
        """
        #!/bin/sh
        # Stands in for the SDK. publish: the framework-dependent one copies the built server; the native one waits for
        # the gate, then writes a `modulegen` that runs the built server and says it is the native stand-in. Both print
        # build chatter on stdout, which the launcher must keep away from the client. tool install: no such package.
        case "$1" in
          --info) echo ".NET SDK:"; echo " RID:         linux-x64" ;;
          publish)
            echo "publish chatter on stdout"
            out=""; previous=""; kind=jit
            for arg in "$@"; do [ "$previous" = "-o" ] && out="$arg"; [ "$arg" = "-r" ] && kind=native; previous="$arg"; done
            echo "publish $kind" >>"$SANDBOX_LOG"
            mkdir -p "$out"
            if [ "$kind" = jit ]; then cp -R "$MODULEGEN_BUILT"/. "$out"/; exit 0; fi
            while [ ! -e "$NATIVE_GATE" ]; do sleep 0.1; done
            printf '#!/bin/sh\necho "run native" >>"$SANDBOX_LOG"\nexec "$REAL_DOTNET" "$MODULEGEN_BUILT/modulegen.dll" "$@"\n' >"$out/modulegen"
            chmod +x "$out/modulegen" ;;
          tool) echo "$*" >>"$SANDBOX_LOG"; echo "Version of package modulegen is not found"; exit 1 ;;
          *) exec "$REAL_DOTNET" "$@" ;;
        esac
        """;

    private readonly TempWorkspace _ws = new();
    private readonly string _fakeBin;

    public LauncherSandbox()
    {
        Plugin = Path.Join(_ws.Outside, "plugin");
        Log = Path.Join(_ws.Outside, "sandbox.log");
        _fakeBin = Path.Join(_ws.Outside, "fake-bin");
        Directory.CreateDirectory(_fakeBin);
        Directory.CreateDirectory(Path.Join(Plugin, "bin"));
        Directory.CreateDirectory(Path.Join(Plugin, "src", "ModuleGen.Mcp"));
        Directory.CreateDirectory(Path.Join(Plugin, "templates"));
        File.Copy(Path.Join(RepoPaths.Root, "bin", "modulegen-launch"), Path.Join(Plugin, "bin", "modulegen-launch"));
        Executable(Path.Join(Plugin, "bin", "modulegen-launch"));
        File.WriteAllText(Path.Join(Plugin, "src", "ModuleGen.Mcp", "Program.cs"), "// source\n");
        File.WriteAllText(Path.Join(Plugin, "templates", "README.md"), "templates\n");
        File.WriteAllText(Path.Join(Plugin, "Directory.Build.props"), $"<Project><PropertyGroup><Version>{ServerInfo.Version}</Version></PropertyGroup></Project>\n");
        File.WriteAllText(Path.Join(Plugin, "Directory.Packages.props"), "<Project />\n");
        AddTool("dotnet", FakeDotnet);
        AddTool("uv", "#!/bin/sh\necho \"uv $*\" >>\"$SANDBOX_LOG\"\necho 'No solution found: modulegen was not found in the package registry'; exit 1");
        AddTool("modulegen", ServerScript("other-version", "0.0.1"));

        Environment = new Dictionary<string, string?>
        {
            ["PATH"] = _fakeBin + Path.PathSeparator + SystemPath(),
            ["SANDBOX_LOG"] = Log,
            ["NATIVE_GATE"] = Path.Join(_ws.Outside, "native-gate"),
            ["MODULEGEN_BUILT"] = AppContext.BaseDirectory,
            ["REAL_DOTNET"] = RealDotnet(),
            ["CLAUDE_PLUGIN_ROOT"] = Plugin,
            ["MODULEGEN_LAUNCH_REBUILD"] = null,
            ["MODULEGEN_LAUNCH_PACKAGES"] = null,
            ["MODULEGEN_LAUNCH_SOURCE_ONLY"] = null,
        };
    }

    public string Plugin { get; }

    public string Workspace => _ws.Root;

    public string Cache => Path.Join(Plugin, ".modulegen-server");

    /// <summary>Gets what the stand-ins did, one line each ("publish jit", "publish native", "run native", "tool …").</summary>
    public string Log { get; }

    public Dictionary<string, string?> Environment { get; }

    public string[] Events() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    public int Count(string evt) => Events().Count(e => e.StartsWith(evt, StringComparison.Ordinal));

    /// <summary>Puts an executable script on the sandbox's PATH.</summary>
    public void AddTool(string name, string script)
    {
        var path = Path.Join(_fakeBin, name);
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        Executable(path);
    }

    /// <summary>Lets the stand-in native publish finish.</summary>
    public void ReleaseNativeBuild() => File.WriteAllText(Environment["NATIVE_GATE"]!, "");

    /// <summary>Waits until the preparer has finished (its lock is gone) and the server in use is the native one.</summary>
    public async Task WaitForNativeServerAsync()
    {
        using var deadline = new CancellationTokenSource(StdioServer.Timeout);
        while (Directory.Exists(Path.Join(Cache, ".lock")) || !CurrentServer().EndsWith("-native", StringComparison.Ordinal))
        {
            await Task.Delay(50, deadline.Token);
        }
    }

    public string CurrentServer() => File.Exists(Path.Join(Cache, "current")) ? File.ReadAllText(Path.Join(Cache, "current")).Trim() : "";

    /// <summary>Starts the launcher as the plugin's server and lists the tools through the SDK client.</summary>
    public async Task<string[]> ListToolsAsync(ConcurrentQueue<string>? stderr = null)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "launcher",
            Command = Path.Join(Plugin, "bin", "modulegen-launch"),
            Arguments = ["--workspace", Workspace],
            WorkingDirectory = Workspace,
            EnvironmentVariables = Environment,
            StandardErrorLines = (stderr ?? new ConcurrentQueue<string>()).Enqueue,
        });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: StdioServer.Deadline());
        return [.. (await client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name)];
    }

    /// <summary>Runs the launcher with arguments to completion; returns its exit code and output.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(FindOnPath("sh"), Workspace, StdioServer.Timeout,
            Environment.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!),
            [Path.Join(Plugin, "bin", "modulegen-launch"), .. arguments]);

    /// <summary>Starts the launcher raw and sends initialize; returns the first stdout line and everything on stderr.</summary>
    public async Task<(string? FirstLine, string Stderr)> InitializeRawAsync()
    {
        var start = new ProcessStartInfo(Path.Join(Plugin, "bin", "modulegen-launch"))
        {
            ArgumentList = { "--workspace", Workspace },
            WorkingDirectory = Workspace,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"launcher-test","version":"1"}}}""");
        using var deadline = new CancellationTokenSource(StdioServer.Timeout);
        var first = await process.StandardOutput.ReadLineAsync(deadline.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(deadline.Token);
        return (first, await stderr);
    }

    /// <summary>A script that runs the built server, for stand-ins of installed commands; `--version` answers
    /// <paramref name="version"/>, and every other start is logged as "run <paramref name="name"/>".</summary>
    public static string ServerScript(string name, string version) =>
        $$"""
        #!/bin/sh
        if [ "$1" = --version ]; then echo "modulegen {{version}}"; exit 0; fi
        echo "run {{name}}" >>"$SANDBOX_LOG"
        exec "$REAL_DOTNET" "$MODULEGEN_BUILT/modulegen.dll" "$@"
        """;

    public static string FindOnPath(string tool) =>
        SystemPath().Split(Path.PathSeparator).Select(dir => Path.Join(dir, tool)).First(File.Exists);

    private static string SystemPath() => System.Environment.GetEnvironmentVariable("PATH") ?? "";

    private static string RealDotnet() =>
        SystemPath().Split(Path.PathSeparator).Select(dir => Path.Join(dir, "dotnet")).FirstOrDefault(File.Exists)
        ?? System.Environment.ProcessPath!;

    private static void Executable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose()
    {
        // A preparer still waiting at the gate finishes before its folder goes, instead of lingering.
        ReleaseNativeBuild();
        var deadline = DateTime.UtcNow + StdioServer.Timeout;
        while (Directory.Exists(Path.Join(Cache, ".lock")) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        _ws.Dispose();
    }
}
