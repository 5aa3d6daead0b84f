using Markdig;
using Markdig.Syntax;
using Xunit;

namespace ModuleGen.Tests.Shared;

/// <summary>Reads a spec-document fixture: a Markdown file in the style of Markdig's specs, whose fenced blocks
/// (32 backticks) carry the files of a workspace (<c>file PATH</c>), files to remove from the base (<c>delete PATH</c>)
/// and the expected findings (<c>findings</c>: one <c>RULE severity FILE:LINE</c> per line). A paragraph
/// <c>Base: NAME</c> starts from the files of <c>valid/NAME.md</c>.</summary>
public sealed record SpecFixture(string Name, string Module, IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Expected)
{
    public const string DefaultModule = "oagw";

    public static string Folder { get; } = Path.Join(RepoPaths.Root, "tests", "ModuleGen.Core.Tests", "SpecDocs", "Fixtures");

    /// <summary>Lists the fixtures of a set (valid or invalid) by file name, for theory data.</summary>
    public static TheoryData<string> Names(string set)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Join(Folder, set), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    /// <summary>Loads <c>Fixtures/{set}/{name}.md</c>, resolving its base.</summary>
    public static SpecFixture Load(string set, string name)
    {
        var markdown = Markdown.Parse(File.ReadAllText(Path.Join(Folder, set, name + ".md")));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var expected = new List<string>();
        var module = DefaultModule;
        foreach (var block in markdown)
        {
            if (block is ParagraphBlock p && p.Inline?.FirstChild?.ToString() is { } text)
            {
                if (text.StartsWith("Base: ", StringComparison.Ordinal))
                {
                    foreach (var (path, baseContent) in Load("valid", text["Base: ".Length..].Trim()).Files)
                    {
                        files[path] = baseContent;
                    }
                }
                else if (text.StartsWith("Module: ", StringComparison.Ordinal))
                {
                    module = text["Module: ".Length..].Trim();
                }
            }

            if (block is not FencedCodeBlock fence)
            {
                continue;
            }

            var content = fence.Lines.Count == 0 ? "" : fence.Lines.ToString().ReplaceLineEndings("\n") + "\n";
            var words = (fence.Info + " " + fence.Arguments).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words[0])
            {
                case "file":
                    files[words[1]] = content;
                    break;
                case "delete":
                    files.Remove(words[1]);
                    break;
                case "findings":
                    expected.AddRange(content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
            }
        }

        return new SpecFixture(name, module, files, expected);
    }

    /// <summary>Writes the fixture's files into a workspace.</summary>
    public void WriteTo(TempWorkspace workspace)
    {
        foreach (var (path, content) in Files)
        {
            workspace.Write(path, content);
        }
    }
}
