using System.Text.Json;
using System.Text.RegularExpressions;
using ModuleGen.Mcp.Hosting;
using ModuleGen.Mcp.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Mcp.Tests.Plugin;

/// <summary>Checks the Claude Code plugin the repository root is: manifest, marketplace, the server's .mcp.json and the
/// create-module skill (Agent Skills format), against each other and against the tools the server really lists.</summary>
public sealed class PluginManifestTests : IDisposable
{
    private const string PluginServerPrefix = "mcp__plugin_modulegen_modulegen__";
    private const string ProjectServerPrefix = "mcp__modulegen__";

    // Tools of the architecture's catalogue that the skill names before this server has them (issue 5).
    private static readonly string[] s_planned = ["workspace_list", "workspace_validate", "workspace_add", "workspace_remove", "workspace_sync", "configure_deployment"];

    private readonly TempWorkspace _ws = new();

    [Fact]
    public void PluginAndMarketplace_NameTheSameVersionAsTheServer()
    {
        var plugin = Json(".claude-plugin/plugin.json");
        var marketplace = Json(".claude-plugin/marketplace.json");
        var server = Json("src/ModuleGen.Mcp/.mcp/server.json");

        plugin.GetProperty("name").GetString().Should().Be("modulegen");
        plugin.GetProperty("version").GetString().Should().Be(ServerInfo.Version);
        plugin.GetProperty("license").GetString().Should().Be("MIT");
        plugin.GetProperty("author").GetProperty("name").GetString().Should().NotBeNullOrWhiteSpace();
        plugin.GetProperty("skills").GetString().Should().Be("./skill/");
        var entry = marketplace.GetProperty("plugins").EnumerateArray().Single();
        entry.GetProperty("name").GetString().Should().Be("modulegen");
        entry.GetProperty("source").GetString().Should().Be("./");
        entry.GetProperty("version").GetString().Should().Be(ServerInfo.Version);
        server.GetProperty("version").GetString().Should().Be(ServerInfo.Version);
        File.Exists(Path.Join(RepoPaths.Root, "LICENSE")).Should().BeTrue();
        File.Exists(Path.Join(RepoPaths.Root, "README.md")).Should().BeTrue();
    }

    [Fact]
    public void McpJson_StartsTheLauncher_WithNothingAProjectServerCannotExpand()
    {
        var server = Json(".mcp.json").GetProperty("mcpServers").GetProperty("modulegen");
        var strings = server.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).Prepend(server.GetProperty("command").GetString()!).ToArray();

        // Claude Code expands ${VAR} in a project's .mcp.json from its own environment and flags unknown ones; the
        // plugin root arrives as the CLAUDE_PLUGIN_ROOT environment variable, read by the shell instead.
        strings.Should().NotContain(s => s.Contains("${", StringComparison.Ordinal));
        strings.Should().Contain(s => s.Contains("$CLAUDE_PLUGIN_ROOT", StringComparison.Ordinal) && s.Contains("/bin/modulegen-launch", StringComparison.Ordinal));
        var launcher = Path.Join(RepoPaths.Root, "bin", "modulegen-launch");
        File.Exists(launcher).Should().BeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(launcher).Should().HaveFlag(UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Skill_FollowsTheAgentSkillsFormat()
    {
        var (frontmatter, body) = Skill();
        var name = Scalar(frontmatter, "name");
        var description = Scalar(frontmatter, "description");

        name.Should().Be("create-module").And.Be(Path.GetFileName(Path.GetDirectoryName(SkillPath)));
        name.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$");
        name.Length.Should().BeLessThanOrEqualTo(64);
        description.Length.Should().BeInRange(1, 1024);
        description.Should().NotContainAny("<", ">");
        description.Should().StartWith("Creates").And.Contain("Use when");
        ((name.Length + description.Length) / 4).Should().BeLessThan(150, "the name and description are in every session's context");
        body.Split('\n').Length.Should().BeLessThan(500);
        foreach (Match link in Regex.Matches(body, @"\]\((references/[^)]+)\)"))
        {
            File.Exists(Path.Join(Path.GetDirectoryName(SkillPath), link.Groups[1].Value)).Should().BeTrue(link.Value);
        }
    }

    [Fact]
    public async Task SkillAllowedTools_NameEveryServerToolInBothForms_AndNothingElse()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tools = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name).ToArray();
        var allowed = Scalar(Skill().Frontmatter, "allowed-tools").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        allowed.Should().OnlyHaveUniqueItems();
        foreach (var tool in tools)
        {
            allowed.Should().Contain([PluginServerPrefix + tool, ProjectServerPrefix + tool]);
        }

        foreach (var entry in allowed)
        {
            var tool = entry.StartsWith(PluginServerPrefix, StringComparison.Ordinal) ? entry[PluginServerPrefix.Length..]
                : entry.StartsWith(ProjectServerPrefix, StringComparison.Ordinal) ? entry[ProjectServerPrefix.Length..]
                : null;
            tool.Should().NotBeNull($"{entry} is named the way Claude Code names a modulegen tool");
            (tools.Contains(tool) || s_planned.Contains(tool)).Should().BeTrue($"{entry} is a modulegen tool");
        }
    }

    private static string SkillPath => Path.Join(RepoPaths.Root, "skill", "create-module", "SKILL.md");

    private static (YamlMappingNode Frontmatter, string Body) Skill()
    {
        var text = File.ReadAllText(SkillPath).ReplaceLineEndings("\n");
        text.Should().StartWith("---\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        return ((YamlMappingNode)yaml.Documents[0].RootNode, text[(end + 5)..]);
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value!;

    private static JsonElement Json(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Path.Join(RepoPaths.Root, relativePath))).RootElement.Clone();

    public void Dispose() => _ws.Dispose();
}
