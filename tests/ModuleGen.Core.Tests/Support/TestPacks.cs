namespace ModuleGen.Core.Tests.Support;

/// <summary>Writes small packs into a workspace's .modulegen/templates/ (or any folder) for tests.</summary>
public static class TestPacks
{
    public const string Simple = """
        name: simple
        version: 0.1.0
        description: A small pack for tests.
        variables:
          name:
            type: string
            required: true
        addons:
          extra:
            description: An extra file.
          left:
            conflicts: [right]
          right: {}
          needy:
            requires: [extra]
        files:
          - source: a.txt.sbn
            destination: "a.txt"
          - source: b.txt.sbn
            destination: "{{name}}/b.txt"
          - source: c.txt
            destination: "c.txt"
          - source: extra.txt.sbn
            destination: extra.txt
            condition: addons.extra
        """;

    public static string Write(TempWorkspace workspace, string name, string manifest, IReadOnlyDictionary<string, string>? files = null, string folder = ".modulegen/templates")
    {
        workspace.Write($"{folder}/{name}/template.yaml", manifest);
        foreach (var (path, text) in files ?? DefaultFiles)
        {
            workspace.Write($"{folder}/{name}/files/{path}", text);
        }

        return Path.Join(workspace.Root, folder, name);
    }

    public static IReadOnlyDictionary<string, string> DefaultFiles { get; } = new Dictionary<string, string>
    {
        ["a.txt.sbn"] = "A for {{name}}\n",
        ["b.txt.sbn"] = "B {{upper name}}\n",
        ["c.txt"] = "copied {{as is}}\n",
        ["extra.txt.sbn"] = "extra\n",
    };
}
