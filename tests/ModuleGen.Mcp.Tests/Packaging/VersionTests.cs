using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;

namespace ModuleGen.Mcp.Tests.Packaging;

/// <summary>ModuleGen has one version, the &lt;Version&gt; in Directory.Build.props (packaging/release/version.sh prints it
/// and checks a release tag against it). Everything that carries a version must carry that one: the executable's
/// `--version` and MCP serverInfo, server.json and its packages, the plugin manifests, and - where CI names the files it
/// built - every NuGet package (MODULEGEN_TEST_PACKAGES, a folder) and the wheel (MODULEGEN_TEST_WHEEL).</summary>
public sealed class VersionTests : IDisposable
{
    public const string PackagesVariable = "MODULEGEN_TEST_PACKAGES";

    private readonly TempWorkspace _ws = new();

    [Fact]
    public async Task EveryPlace_CarriesTheVersionOfDirectoryBuildProps()
    {
        var version = XDocument.Load(Path.Join(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        var found = new Dictionary<string, string?> { ["assembly (ServerInfo.Version)"] = ServerInfo.Version };

        var (_, answer) = await ProcessRunner.RunAsync(StdioServer.Launch.Command, _ws.Root, StdioServer.Timeout, null, [.. StdioServer.Launch.Prefix, "--version"]);
        found["--version"] = answer.Trim().Split(' ') is ["modulegen", var reported] ? reported : answer;
        await using (var server = await StdioServer.StartAsync(_ws.Root))
        {
            found["MCP serverInfo"] = server.Client.ServerInfo!.Version;
        }

        var serverJson = Json("src/ModuleGen.Mcp/.mcp/server.json");
        found["server.json"] = serverJson.GetProperty("version").GetString();
        foreach (var package in serverJson.GetProperty("packages").EnumerateArray())
        {
            found[$"server.json {package.GetProperty("registryType").GetString()} package"] = package.GetProperty("version").GetString();
        }

        found[".claude-plugin/plugin.json"] = Json(".claude-plugin/plugin.json").GetProperty("version").GetString();
        found[".claude-plugin/marketplace.json"] = Json(".claude-plugin/marketplace.json").GetProperty("plugins")[0].GetProperty("version").GetString();
        if (!OperatingSystem.IsWindows())
        {
            found["packaging/release/version.sh"] = (await ProcessRunner.RunAsync("sh", RepoPaths.Root, StdioServer.Timeout, null, "packaging/release/version.sh")).Output.Trim();
        }

        foreach (var package in Directory.GetFiles(Environment.GetEnvironmentVariable(PackagesVariable) is { Length: > 0 } feed ? feed : _ws.Root, "*.nupkg"))
        {
            using var archive = ZipFile.OpenRead(package);
            using var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            found[Path.GetFileName(package)] = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "version").Value;
        }

        if (Environment.GetEnvironmentVariable(WheelTests.WheelVariable) is { Length: > 0 } wheel)
        {
            using var archive = ZipFile.OpenRead(wheel);
            using var reader = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".dist-info/METADATA", StringComparison.Ordinal)).Open());
            found[Path.GetFileName(wheel)] = reader.ReadToEnd().Split('\n').Single(l => l.StartsWith("Version: ", StringComparison.Ordinal))["Version: ".Length..];
        }

        found.Where(f => f.Value != version).Should().BeEmpty($"every place carries version {version}");
    }

    private static JsonElement Json(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Path.Join(RepoPaths.Root, relativePath))).RootElement.Clone();

    public void Dispose() => _ws.Dispose();
}
