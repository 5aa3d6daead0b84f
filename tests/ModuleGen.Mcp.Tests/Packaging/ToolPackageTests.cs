using System.IO.Compression;
using System.Xml.Linq;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Packaging;

/// <summary>Packs `modulegen` as a RID-specific dotnet tool (the ModuleGen package naming one package per RID, and the
/// framework-dependent ModuleGen.any that platforms without a native package get), installs the fallback into a
/// temporary tool path from a local source, and talks to the installed command over stdio in a workspace with no
/// repository around it. The native linux-x64 package is built and installed by CI (.ci/run) and by
/// tests/package/check-tool-package.sh, since its Native AOT compilation takes minutes.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan s_slow = TimeSpan.FromMinutes(4);
    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task FallbackToolPackage_InstallsFromLocalSource_AndServesMcpOnTheJit()
    {
        var feed = Path.Join(_ws.Outside, "feed");
        var tools = Path.Join(_ws.Outside, "tools");
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Join(RepoPaths.Root, "src", "ModuleGen.Mcp");

        // The ModuleGen package holds no program, only the map from RID to package, so it needs no build.
        var pointer = await ProcessRunner.RunAsync("dotnet", RepoPaths.Root, s_slow, null, "pack", project, "-c", configuration, "--no-build", "-o", feed);
        pointer.ExitCode.Should().Be(0, pointer.Output);
        using (var package = ZipFile.OpenRead(Path.Join(feed, $"ModuleGen.{ServerInfo.Version}.nupkg")))
        {
            var settings = package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            var map = XDocument.Parse(reader.ReadToEnd()).Descendants("RuntimeIdentifierPackage")
                .Select(e => $"{e.Attribute("RuntimeIdentifier")!.Value}={e.Attribute("Id")!.Value}");
            map.Should().Equal("linux-x64=ModuleGen.linux-x64", "any=ModuleGen.any");
            package.Entries.Should().NotContain(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        }

        // A second compile of the server (for RID `any`); the analyzers already ran on these sources in the build the tests
        // came from, so they are skipped here as in the release packs (packaging/release/build-platform.sh). ModuleGen.Core,
        // built for every RID alike, is taken as built: building it again without analyzers would mark it for a full
        // rebuild with them at the next `dotnet build`.
        var fallback = await ProcessRunner.RunAsync("dotnet", RepoPaths.Root, s_slow, null,
            "pack", project, "-c", configuration, "-r", "any", "-p:RunAnalyzers=false", "-p:BuildProjectReferences=false", "-o", feed);
        fallback.ExitCode.Should().Be(0, fallback.Output);

        // The SDK picks the package for the machine's RID from the map; on linux-x64 that is the native one, which this
        // test does not build, so it installs the `any` package by its id, as the SDK does on every other platform.
        // A private package cache, so a stale ModuleGen of the same version in ~/.nuget cannot stand in for this build.
        var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Join(_ws.Outside, "nuget-cache") };
        var install = await ProcessRunner.RunAsync("dotnet", _ws.Outside, s_slow, cache,
            "tool", "install", "--tool-path", tools, "--source", feed, "ModuleGen.any", "--version", ServerInfo.Version);
        install.ExitCode.Should().Be(0, install.Output);
        var programFolder = Path.Join(tools, ".store", "modulegen.any", ServerInfo.Version, "modulegen.any", ServerInfo.Version, "tools", "net10.0", "any");
        File.Exists(Path.Join(programFolder, "modulegen.dll")).Should().BeTrue("the fallback runs modulegen.dll on the JIT");
        Directory.EnumerateFiles(programFolder, "*.pdb").Should().BeEmpty("symbols stay out of the package");

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "installed-modulegen",
            Command = Path.Join(tools, "modulegen"),
            Arguments = ["--workspace", _ws.Root],
            WorkingDirectory = _ws.Root,
        });
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: StdioServer.Deadline());

        client.ServerInfo!.Version.Should().Be(ServerInfo.Version);
        var listed = await client.ListToolsAsync(cancellationToken: StdioServer.Deadline());
        listed.Select(t => t.Name).Should().Contain("build_context");
        var context = await client.CallToolAsync("build_context", new Dictionary<string, object?> { ["module"] = "orders" }, cancellationToken: StdioServer.Deadline());
        context.IsError.Should().NotBe(true);
        context.StructuredContent!.Value.GetProperty("workspace_root").GetString().Should().Be(_ws.Root);

        // The prompt templates ship inside the package, beside the executable.
        var prompt = await client.CallToolAsync("render_plan_prompt",
            new Dictionary<string, object?> { ["module"] = "orders", ["contract_text"] = "C", ["spec_text"] = "S" }, cancellationToken: StdioServer.Deadline());
        prompt.IsError.Should().NotBe(true);
        prompt.StructuredContent!.Value.GetProperty("template").GetString().Should().Be("built-in:prompts/plan.sbn");

        // So do the built-in template packs: found with no repository around the workspace.
        var templates = await client.CallToolAsync("list_templates", cancellationToken: StdioServer.Deadline());
        templates.IsError.Should().NotBe(true);
        var packs = templates.StructuredContent!.Value.GetProperty("templates").EnumerateArray().ToArray();
        packs.Select(t => t.GetProperty("name").GetString()).Should().Equal("dagster-module", "intent-docs", "python-module");
        packs.Should().OnlyContain(t => t.GetProperty("origin").GetString() == "built_in");
        templates.StructuredContent!.Value.TryGetProperty("problems", out var problems).Should().BeTrue();
        problems.GetArrayLength().Should().Be(0);
    }

    public void Dispose() => _ws.Dispose();
}
