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
    private const string PluginServer = "mcp__plugin_modulegen_modulegen";
    private const string ProjectServer = "mcp__modulegen";

    // Backticked words that name a tool: verb_noun with a tool verb (arguments and fields use other first words).
    private static readonly Regex s_toolLike = new("^(build|list|describe|render|validate|store|load|resolve|next|record|verify|audit|check|trace|workspace|configure|update)_[a-z_]+$");

    private readonly TempWorkspace _ws = new();

    [Fact]
    public void PluginAndMarketplace_DescribeThePluginAtTheRepositoryRoot()
    {
        var plugin = Json(".claude-plugin/plugin.json");
        var marketplace = Json(".claude-plugin/marketplace.json");

        plugin.GetProperty("name").GetString().Should().Be("modulegen");
        plugin.GetProperty("license").GetString().Should().Be("MIT");
        plugin.GetProperty("author").GetProperty("name").GetString().Should().NotBeNullOrWhiteSpace();
        plugin.GetProperty("skills").GetString().Should().Be("./skill/");
        var entry = marketplace.GetProperty("plugins").EnumerateArray().Single();
        entry.GetProperty("name").GetString().Should().Be("modulegen");
        entry.GetProperty("source").GetString().Should().Be("./");
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
    public async Task SkillAllowedTools_AllowTheServerUnderBothOfItsNames_AndEveryToolTheSkillNamesIsListed()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tools = (await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline())).Select(t => t.Name).ToArray();
        var allowed = Scalar(Skill().Frontmatter, "allowed-tools").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (_, body) = Skill();

        // A rule naming only the server allows every tool it lists, so a new tool needs no edit here.
        allowed.Should().BeEquivalentTo(PluginServer, ProjectServer);
        var named = Regex.Matches(body, "`([a-z]+_[a-z_]+)`").Select(m => m.Groups[1].Value).Where(w => s_toolLike.IsMatch(w)).Distinct().ToArray();
        named.Should().Contain(["build_context", "store_plan", "verify_files", "audit_workspace"], "the pattern finds the tools the skill names");
        tools.Should().Contain(named, "every tool the skill names must exist");
    }

    [Fact]
    public void Skill_StaysUnderTenThousandCharacters_AndSpeaksNoInternalWords()
    {
        var text = File.ReadAllText(SkillPath);

        text.Length.Should().BeLessThan(10_000, "the skill body is read into context whenever it is used; detail belongs in references/");
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(SkillPath)!, "*.md", SearchOption.AllDirectories))
        {
            File.ReadAllText(file).Should().NotContainEquivalentOf("seed", $"{Path.GetFileName(file)} is read by the agent");
        }
    }

    [Fact]
    public void ServerJson_ListsTheWheelAndTheNuGetPackage_ByTheRegistrysRules_AndThePackageReadmeNamesIt()
    {
        var server = Json("src/ModuleGen.Mcp/.mcp/server.json");
        var project = File.ReadAllText(Path.Join(RepoPaths.Root, "src", "ModuleGen.Mcp", "ModuleGen.Mcp.csproj"));
        var wheelMaker = File.ReadAllText(Path.Join(RepoPaths.Root, "packaging", "pypi", "make_wheel.py"));
        string[] packageFields = ["registryType", "registryBaseUrl", "identifier", "version", "fileSha256", "runtimeHint", "transport", "runtimeArguments", "packageArguments", "environmentVariables"];

        // The registry's server.schema.json: name with exactly one slash, a description of at most 100 characters,
        // an exact version; a package names registry, identifier, exact version and transport, and nothing else.
        server.GetProperty("$schema").GetString().Should().Be("https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json");
        var name = server.GetProperty("name").GetString()!;
        name.Should().MatchRegex("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$").And.StartWith("io.github.");
        server.GetProperty("description").GetString()!.Length.Should().BeInRange(1, 100);
        var packages = server.GetProperty("packages").EnumerateArray().ToArray();
        packages.Select(p => $"{p.GetProperty("registryType").GetString()}:{p.GetProperty("identifier").GetString()}:{p.GetProperty("runtimeHint").GetString()}")
            .Should().Equal(["pypi:modulegen:uvx", "nuget:ModuleGen:dnx"], "the wheel needs no .NET, so clients that take the first package take it");
        foreach (var package in packages)
        {
            package.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(packageFields);
            package.GetProperty("transport").GetProperty("type").GetString().Should().Be("stdio");
            foreach (var variable in package.GetProperty("environmentVariables").EnumerateArray())
            {
                variable.GetProperty("name").GetString().Should().MatchRegex("^MODULEGEN_[A-Z_]+$");
                variable.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
            }
        }

        project.Should().Contain("<PackageId>ModuleGen</PackageId>").And.Contain("<PackageType>McpServer</PackageType>");
        wheelMaker.Should().Contain("NAME = \"modulegen\"");

        // Ownership: both package descriptions are the repository README (packed by the project, and the wheel's
        // METADATA), which holds "mcp-name: <name>" followed by a boundary.
        project.Should().Contain("<PackageReadmeFile>README.md</PackageReadmeFile>").And.Contain("<None Include=\"../../README.md\" Pack=\"true\"");
        wheelMaker.Should().Contain("(ROOT / \"README.md\").read_text");
        File.ReadAllText(Path.Join(RepoPaths.Root, "README.md")).Should().MatchRegex($@"mcp-name: {Regex.Escape(name)}(\s|-->)");
    }

    [Fact]
    public void SessionStartHook_IsDeclared_AndRunsTheLaunchersHookMode()
    {
        var plugin = Json(".claude-plugin/plugin.json");
        var hooksPath = plugin.GetProperty("hooks").GetString()!;
        hooksPath.Should().StartWith("./");
        var hooks = Json(hooksPath[2..]).GetProperty("hooks").GetProperty("SessionStart").EnumerateArray().Should().ContainSingle().Subject;

        hooks.GetProperty("matcher").GetString().Should().Contain("startup");
        var command = hooks.GetProperty("hooks").EnumerateArray().Should().ContainSingle().Subject;
        command.GetProperty("type").GetString().Should().Be("command");
        command.GetProperty("command").GetString().Should().Be("sh \"${CLAUDE_PLUGIN_ROOT}/bin/modulegen-launch\" --session-start");
        command.GetProperty("timeout").GetInt32().Should().BeInRange(5, 30, "the hook returns at once; it never waits for the build");
    }

    [Fact]
    public async Task ToolAndPackDescriptions_SpeakNoInternalWords()
    {
        await using var server = await InProcess.StartAsync(_ws.Root);
        var tools = await server.Client.ListToolsAsync(cancellationToken: StdioServer.Deadline());

        tools.Select(t => t.Description).Should().NotContain(d => d.Contains("seed", StringComparison.OrdinalIgnoreCase));
        foreach (var manifest in Directory.GetFiles(Path.Join(RepoPaths.Root, "templates", "packs"), "template.yaml", SearchOption.AllDirectories))
        {
            File.ReadAllLines(manifest).Where(l => l.TrimStart().StartsWith("description:", StringComparison.Ordinal))
                .Should().NotContain(l => l.Contains("seed", StringComparison.OrdinalIgnoreCase), manifest);
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
