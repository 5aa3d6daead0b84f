using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ModelContextProtocol.Client;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Packaging;

/// <summary>Installs the modulegen wheel (packaging/pypi/build.sh; CI builds it from its native tool package and names it
/// in MODULEGEN_TEST_WHEEL) into a fresh virtual environment with `pip install --no-index`, the way pip, uv and pipx do,
/// and uses the `modulegen` it puts on the environment's PATH: version, MCP over stdio, the built-in packs from
/// share/modulegen/templates, and a scaffold byte for byte like the server under test (in CI, the native tool package).</summary>
public sealed partial class WheelTests : IDisposable
{
    public const string WheelVariable = "MODULEGEN_TEST_WHEEL";

    private readonly TempWorkspace _ws = new();

    [WheelFact]
    public void Wheel_IsAPlatformWheelWhoseRecordMatchesItsFiles()
    {
        var wheel = WheelPath!;
        using var archive = ZipFile.OpenRead(wheel);
        var info = $"modulegen-{ServerInfo.Version}.dist-info";
        var tag = WheelName().Match(Path.GetFileName(wheel));

        tag.Success.Should().BeTrue($"{Path.GetFileName(wheel)} is named modulegen-<version>-py3-none-<platform>.whl");
        tag.Groups["version"].Value.Should().Be(ServerInfo.Version);
        Text(archive, $"{info}/WHEEL").Should().Contain("Root-Is-Purelib: false\n").And.Contain($"Tag: py3-none-{tag.Groups["platform"].Value.Split('.')[0]}\n");
        Text(archive, $"{info}/METADATA").Should().StartWith($"Metadata-Version: 2.1\nName: modulegen\nVersion: {ServerInfo.Version}\n")
            .And.MatchRegex(@"mcp-name: io\.github\.[^\s]+/modulegen", "the registry finds its ownership marker in the package description");

        var script = archive.GetEntry($"modulegen-{ServerInfo.Version}.data/scripts/modulegen")!;
        script.Should().NotBeNull("the native executable is the wheel's script, as ruff ships its binary");
        (script.ExternalAttributes >> 16 & 0b111_101_101).Should().Be(0b111_101_101, "installers keep the executable bit");
        archive.GetEntry($"modulegen-{ServerInfo.Version}.data/data/share/modulegen/templates/packs/dagster-module/template.yaml").Should().NotBeNull();

        var record = Text(archive, $"{info}/RECORD").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToArray();
        record.Select(r => r[0]).Should().BeEquivalentTo(archive.Entries.Select(e => e.FullName), "RECORD lists every file once");
        foreach (var row in record.Where(r => r[0] != $"{info}/RECORD"))
        {
            using var content = archive.GetEntry(row[0])!.Open();
            var digest = Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            row[1].Should().Be($"sha256={digest}", row[0]);
        }
    }

    [WheelFact]
    public async Task Wheel_InstalledWithPipNoIndex_GivesAModulegenThatServesMcp_AndScaffoldsLikeTheServerUnderTest()
    {
        var venv = Path.Join(_ws.Outside, "venv");
        var python = s_pipPython.Value ?? throw new InvalidOperationException("no python3 here has pip (>= 22.3) and venv");
        (await Run(python, "-m", "venv", "--without-pip", venv)).Should().Be(0);
        (await Run(python, "-m", "pip", "--python", Path.Join(venv, "bin", "python"), "install", "--no-index", "--no-deps", "--quiet", WheelPath!)).Should().Be(0);
        var modulegen = Path.Join(venv, "bin", "modulegen");

        (await ProcessRunner.RunAsync(modulegen, _ws.Outside, StdioServer.Timeout, null, "--version")).Should().Be((0, $"modulegen {ServerInfo.Version}\n"));
        (await ProcessRunner.RunAsync(Path.Join(venv, "bin", "python"), _ws.Outside, StdioServer.Timeout, null, "-m", "modulegen", "--version"))
            .Output.Should().Be($"modulegen {ServerInfo.Version}\n", "python -m modulegen runs the same executable");

        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "wheel-modulegen",
            Command = modulegen,
            Arguments = ["--workspace", _ws.Root],
            WorkingDirectory = _ws.Root,
        });
        await using (var client = await McpClient.CreateAsync(transport, cancellationToken: StdioServer.Deadline()))
        {
            client.ServerInfo!.Version.Should().Be(ServerInfo.Version);
            (await client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name).Should().Contain("build_context");
            var templates = await client.CallToolAsync("list_templates", cancellationToken: StdioServer.Deadline());
            templates.StructuredContent!.Value.GetProperty("templates").EnumerateArray().Select(t => $"{t.GetProperty("name")}:{t.GetProperty("origin")}")
                .Should().Equal(["dagster-module:built_in", "intent-docs:built_in", "python-module:built_in"], "the packs are found in the environment's share/modulegen/templates");
        }

        // uv tool install and pipx link the command into ~/.local/bin; through such a link it still finds its packs.
        var linked = Path.Join(_ws.Outside, "local-bin", "modulegen");
        Directory.CreateDirectory(Path.GetDirectoryName(linked)!);
        File.CreateSymbolicLink(linked, modulegen);
        var fromWheel = await ScaffoldAsync("wheel", linked, []);
        var fromServer = await ScaffoldAsync("server", StdioServer.Launch.Command, StdioServer.Launch.Prefix);
        fromWheel.Should().NotBeEmpty().And.Equal(fromServer, "the wheel's executable scaffolds the same bytes as the server under test");
    }

    private async Task<Dictionary<string, string>> ScaffoldAsync(string name, string command, string[] prefix)
    {
        var workspace = Path.Join(_ws.Outside, $"ws-{name}");
        Directory.CreateDirectory(workspace);
        var (code, output) = await ProcessRunner.RunAsync(command, workspace, StdioServer.Timeout, null,
            [.. prefix, "new", "orders", "--template", "dagster-module", "--addon", "postgresql,schedules,workspace", "--no-input", "--workspace", workspace]);
        code.Should().Be(0, output);
        return Directory.GetFiles(workspace, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(workspace, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".modulegen/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Join(workspace, f)))));
    }

    private async Task<int> Run(string command, params string[] arguments)
    {
        var (code, output) = await ProcessRunner.RunAsync(command, _ws.Outside, TimeSpan.FromMinutes(2), null, arguments);
        code.Should().Be(0, $"{command} {string.Join(' ', arguments)}: {output}");
        return code;
    }

    private static string Text(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>Gets the wheel CI names, or null.</summary>
    private static string? WheelPath => Environment.GetEnvironmentVariable(WheelVariable) is { Length: > 0 } path ? path : null;

    /// <summary>The first python3 whose pip can install into another environment (`pip --python`, pip 22.3 and later).</summary>
    private static readonly Lazy<string?> s_pipPython = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python =>
        {
            try
            {
                var (code, output) = ProcessRunner.RunAsync(python, Path.GetTempPath(), TimeSpan.FromMinutes(1), null, "-m", "pip", "install", "--help").GetAwaiter().GetResult();
                return code == 0 && output.Contains("--python", StringComparison.Ordinal);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }));

    [GeneratedRegex(@"^modulegen-(?<version>[^-]+)-py3-none-(?<platform>[a-z0-9_.]+)\.whl$")]
    private static partial Regex WheelName();

    public void Dispose() => _ws.Dispose();

    /// <summary>Skipped, with the reason, unless CI (or a person) names a built wheel.</summary>
    private sealed class WheelFactAttribute : FactAttribute
    {
        public WheelFactAttribute()
        {
            if (WheelPath is null)
            {
                Skip = $"no wheel to install: .ci/run builds one (packaging/pypi/build.sh) and names it in {WheelVariable}.";
            }
            else if (OperatingSystem.IsWindows())
            {
                Skip = "the test uses the POSIX layout of a virtual environment (bin/).";
            }
        }
    }
}
