using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Updating;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>A workspace-local pack, "evolving", in three versions, for update tests. Its templates use only plain
/// <c>{{name}}</c>-style substitutions, so moving them to another template language means renaming the files.</summary>
/// <remarks>
/// v1: README (lines a–e), config.txt, old.txt and legacy.txt (static), extra.txt when the add-on extra is chosen.
/// v2: README changes line b and adds line f; config.txt's level goes 1 → 2; old.txt and legacy.txt are dropped;
///     new.txt is added.
/// v3: README changes line a; config.txt gains a mode line; extra.txt changes.
/// </remarks>
public static class EvolvingPack
{
    public const string Name = "evolving";
    public const string Folder = "modules/orders";

    public static void Write(TempWorkspace workspace, int version)
    {
        var root = Path.Join(workspace.Root, ".modulegen/templates", Name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var files = new Dictionary<string, string>
        {
            ["README.md.sbn"] = version switch
            {
                1 => "# {{name}}\n\nline a\nline b\nline c\nline d\nline e\n",
                2 => "# {{name}}\n\nline a\nline b (v2)\nline c\nline d\nline e\nline f\n",
                _ => "# {{name}}\n\nline a (v3)\nline b (v2)\nline c\nline d\nline e\nline f\n",
            },
            ["config.txt.sbn"] = version switch
            {
                1 => "greeting = {{greeting}}\nlevel = 1\n",
                2 => "greeting = {{greeting}}\nlevel = 2\n",
                _ => "greeting = {{greeting}}\nlevel = 2\nmode = fast\n",
            },
            ["extra.txt.sbn"] = version < 3 ? "extra for {{name}}\n" : "extra for {{name}}, v3\n",
        };
        if (version == 1)
        {
            files["old.txt"] = "old, untouched\n";
            files["legacy.txt"] = "legacy\n";
        }
        else
        {
            files["new.txt.sbn"] = "new in v2 for {{name}}\n";
        }

        var entries = string.Join("", files.Keys.Order(StringComparer.Ordinal).Select(source =>
        {
            var destination = source.EndsWith(".sbn", StringComparison.Ordinal) ? source[..^4] : source;
            return $"  - source: {source}\n    destination: {destination}\n" + (destination == "extra.txt" ? "    condition: addons.extra\n" : "");
        }));
        var manifest = $"""
            name: {Name}
            version: {version}.0.0
            description: A pack that changes between versions, for update tests.
            variables:
              name:
                type: string
                required: true
              greeting:
                type: string
                default: hello
            addons:
              extra:
                description: An extra file.
            files:

            """ + entries;
        TestPacks.Write(workspace, Name, manifest, files);
    }

    public static ScaffoldRequest Scaffold(IReadOnlyList<string>? addons = null, string? onConflict = null) =>
        new(Name, Folder, new Dictionary<string, object?> { ["name"] = "orders" }, addons ?? [], OnConflict: onConflict);

    public static UpdateRequest Update(bool dryRun = false, string? conflict = null, IReadOnlyDictionary<string, object?>? variables = null, IReadOnlyList<string>? addons = null) =>
        new(Folder, null, null, variables ?? new Dictionary<string, object?>(), addons, dryRun, conflict);

    public static UpdateService Updater(this TempWorkspace workspace, IWriteInterceptor? interceptor = null)
    {
        var opened = workspace.Open(interceptor);
        var catalogue = ScaffoldingSupport.Catalogue(opened);
        var engine = new Core.Templates.ScribanTemplateEngine();
        return new UpdateService(opened, catalogue, new ScaffoldService(opened, catalogue, engine), new Core.Modules.GeneratedModules(opened, catalogue, engine));
    }
}
