using System.Collections.Concurrent;
using System.Text.Json;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Plugin;

/// <summary>Runs bin/modulegen-launch from a copy of the plugin layout (<see cref="LauncherSandbox"/>): it takes the first
/// of a modulegen of its version on PATH, a server it prepared earlier, the published package, and a build that serves
/// the framework-dependent server first and the native one from the next start; the client always gets clean MCP.</summary>
public sealed class LauncherTests : IDisposable
{
    private readonly LauncherSandbox _sandbox = new();

    [UnixFact]
    public async Task FirstStart_ServesTheFrameworkDependentBuild_WhileTheNativeOneBuildsForTheNextStart()
    {
        var (first, stderr) = await _sandbox.InitializeRawAsync();

        first.Should().NotBeNull().And.StartWith("{", "the first stdout line must be the initialize answer, not build output");
        using (var answer = JsonDocument.Parse(first!))
        {
            answer.RootElement.GetProperty("id").GetInt32().Should().Be(1, $"the first stdout line was '{first}'");
            answer.RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString().Should().Be("modulegen");
        }

        stderr.Should().Contain("modulegen-launch: preparing the server");
        _sandbox.Events().Take(3).Should().Equal(
            ["uv tool install modulegen==" + ServerInfo.Version, "tool install --tool-path", "publish jit"],
            (actual, expected) => actual.StartsWith(expected, StringComparison.Ordinal),
            "no package is published, so the wheel and the NuGet package are tried once, then the clone is built");
        _sandbox.CurrentServer().Should().EndWith("-jit", "the native build is still waiting at the gate");
        File.ReadAllText(Path.Join(_sandbox.Cache, "build.log")).Should().Contain("publish chatter on stdout");

        _sandbox.ReleaseNativeBuild();
        await _sandbox.WaitForNativeServerAsync();
        (await _sandbox.ListToolsAsync()).Should().Contain("build_context");
        _sandbox.Count("run native").Should().Be(1, "the next start runs the native build");
        Directory.Exists(Path.Join(_sandbox.Cache, "artifacts")).Should().BeFalse("intermediate build output is removed");
        File.Exists(Path.Join(_sandbox.Cache, $"no-package-{ServerInfo.Version}")).Should().BeTrue();

        // A changed source makes the build stale: built again (no package asked for again), the newest three kept.
        File.SetLastWriteTimeUtc(Path.Join(_sandbox.Plugin, "src", "ModuleGen.Mcp", "Program.cs"), DateTime.UtcNow);
        (await _sandbox.ListToolsAsync()).Should().NotBeEmpty();
        await _sandbox.WaitForNativeServerAsync();
        _sandbox.Count("publish").Should().Be(4);
        _sandbox.Count("uv").Should().Be(1);
        Directory.GetDirectories(_sandbox.Cache, "server-*").Should().HaveCount(3, "this build's two servers and the previous native one");
    }

    [UnixTheory]
    [InlineData(true, "", true)]
    [InlineData(true, "0.0.1", false)]
    [InlineData(false, "", false)]
    public async Task ModulegenOnPath_IsRunOnlyWhenItIsThisVersion_AndNeverForTheProjectServer(bool plugin, string reported, bool expectedRun)
    {
        _sandbox.AddTool("modulegen", LauncherSandbox.ServerScript("path", reported.Length > 0 ? reported : ServerInfo.Version));
        _sandbox.Environment["CLAUDE_PLUGIN_ROOT"] = plugin ? _sandbox.Plugin : null;
        _sandbox.ReleaseNativeBuild();

        (await _sandbox.ListToolsAsync()).Should().Contain("build_context");
        if (!expectedRun)
        {
            await _sandbox.WaitForNativeServerAsync();
        }

        _sandbox.Count("run path").Should().Be(expectedRun ? 1 : 0);
        _sandbox.Count("publish").Should().Be(expectedRun ? 0 : 2);
        _sandbox.Count("uv").Should().Be(plugin && !expectedRun ? 1 : 0, "the project server of a clone builds its working tree and asks no registry");
    }

    [UnixFact]
    public async Task PublishedWheel_IsUnpackedWithUvIntoTheCache_AndRunFromThereWithoutBuilding()
    {
        _sandbox.AddTool("uv", $$"""
            #!/bin/sh
            echo "uv $*" >>"$SANDBOX_LOG"
            [ "$*" = "tool install modulegen=={{ServerInfo.Version}}" ] || exit 2
            mkdir -p "$UV_TOOL_DIR" "$UV_TOOL_BIN_DIR"
            cat >"$UV_TOOL_BIN_DIR/modulegen" <<'SCRIPT'
            {{LauncherSandbox.ServerScript("wheel", ServerInfo.Version)}}
            SCRIPT
            chmod +x "$UV_TOOL_BIN_DIR/modulegen"
            """);

        (await _sandbox.ListToolsAsync()).Should().Contain("build_context");
        (await _sandbox.ListToolsAsync()).Should().Contain("build_context");

        _sandbox.Count("uv").Should().Be(1, "the unpacked package is reused");
        _sandbox.Count("run wheel").Should().Be(2);
        _sandbox.Count("publish").Should().Be(0);
        _sandbox.CurrentServer().Should().EndWith("-wheel");
        Directory.Exists(Path.Join(_sandbox.Cache, _sandbox.CurrentServer(), "tools")).Should().BeTrue("uv's environment lives in the plugin's folder");
    }

    [UnixFact]
    public async Task SessionStartHook_StartsPreparing_SaysPlainlyHowToReconnect_ThenStaysQuiet()
    {
        var (exit, output) = await _sandbox.RunAsync("--session-start");

        exit.Should().Be(0);
        using (var answer = JsonDocument.Parse(output))
        {
            answer.RootElement.GetProperty("systemMessage").GetString().Should().Contain("preparing its MCP server").And.Contain("/mcp").And.Contain("Reconnect");
            var context = answer.RootElement.GetProperty("hookSpecificOutput");
            context.GetProperty("hookEventName").GetString().Should().Be("SessionStart");
            context.GetProperty("additionalContext").GetString().Should().Contain("still being prepared");
        }

        (await _sandbox.ListToolsAsync()).Should().Contain("build_context");
        _sandbox.Count("publish jit").Should().Be(1, "the server start waits for the preparation the hook began instead of starting another");
        (await _sandbox.RunAsync("--session-start")).Should().Be((0, ""), "once a server is ready the hook says nothing");
    }

    [UnixFact]
    public async Task SessionStartHook_WithNeitherUvNorDotnet_SaysWhatToInstall()
    {
        // A PATH with the tools the launcher uses and no dotnet, uv or modulegen, as on a machine with none of them.
        var tools = Path.Join(_sandbox.Plugin, "..", "no-sdk-bin");
        Directory.CreateDirectory(tools);
        foreach (var tool in new[] { "cat", "dirname", "find", "head", "sed", "mkdir", "rm" })
        {
            File.CreateSymbolicLink(Path.Join(tools, tool), LauncherSandbox.FindOnPath(tool));
        }

        _sandbox.Environment["PATH"] = tools;

        var (exit, output) = await _sandbox.RunAsync("--session-start");

        exit.Should().Be(0, "a hook that fails would only add noise to the session");
        using var answer = JsonDocument.Parse(output);
        answer.RootElement.GetProperty("systemMessage").GetString().Should().Contain("uv tool install modulegen").And.Contain(".NET 10 SDK").And.Contain("INSTALL.md");
        Directory.Exists(_sandbox.Cache).Should().BeFalse("nothing is prepared without a way to fetch or build the server");
    }

    public void Dispose() => _sandbox.Dispose();
}
