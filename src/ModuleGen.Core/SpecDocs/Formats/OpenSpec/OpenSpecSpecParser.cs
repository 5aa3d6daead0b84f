using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.OpenSpec;

/// <summary>Reads OpenSpec's requirement blocks: <c>### Requirement: Name</c>, its statement (SHALL/MUST), and the
/// <c>#### Scenario: Name</c> blocks below it with their WHEN/THEN steps; in a delta spec, the blocks sit under
/// <c>## ADDED|MODIFIED|REMOVED|RENAMED Requirements</c>, and RENAMED lists <c>FROM:</c>/<c>TO:</c> pairs.</summary>
/// <remarks>Requirement names are matched as OpenSpec matches them: trimmed, case-sensitive.</remarks>
internal static partial class OpenSpecSpecParser
{
    /// <summary>Reads a capability's main spec.</summary>
    public static void ReadMain(MarkdownDocument markdown, DocumentBuilder builder, string capability, List<Requirement> requirements, List<Scenario> scenarios)
    {
        foreach (var block in markdown)
        {
            builder.Note(block);
        }

        Blocks(markdown.ToList(), builder, capability + "/", requirements, scenarios, _ => { });
    }

    /// <summary>Reads a delta spec; its ADDED and MODIFIED requirements join <paramref name="requirements"/> when given
    /// (active changes), under names qualified by the change.</summary>
    public static IReadOnlyList<DeltaOperation> ReadDelta(MarkdownDocument markdown, DocumentBuilder builder, string change, string capability,
        List<Requirement>? requirements, List<Scenario>? scenarios)
    {
        var operations = new List<DeltaOperation>();
        DeltaKind? section = null;
        var body = new List<Block>();
        void Flush()
        {
            if (section is { } kind)
            {
                if (kind == DeltaKind.Renamed)
                {
                    Renamed(body, builder.File, capability, operations);
                }
                else if (kind == DeltaKind.Removed)
                {
                    operations.AddRange(Names(body).Select(n => new DeltaOperation(kind, capability, n.Name, null, builder.File, n.Line)));
                }
                else
                {
                    Blocks(body, builder, $"{change}:{capability}/", requirements ?? [], scenarios ?? [],
                        r => operations.Add(new DeltaOperation(kind, capability, r.Id.Text, null, builder.File, r.Id.Line)));
                }
            }

            body.Clear();
        }

        foreach (var block in markdown)
        {
            builder.Note(block);
            if (block is HeadingBlock { Level: <= 2 } heading)
            {
                Flush();
                var m = DeltaHeading().Match(InlineText.Plain(heading));
                section = m.Success ? Enum.Parse<DeltaKind>(m.Groups[1].Value, ignoreCase: true) : null;
                continue;
            }

            body.Add(block);
        }

        Flush();
        return operations;
    }

    /// <summary>Reads requirement blocks from a run of blocks; <paramref name="added"/> sees each requirement read.</summary>
    private static void Blocks(IReadOnlyList<Block> blocks, DocumentBuilder builder, string qualifier, List<Requirement> requirements, List<Scenario> scenarios, Action<Requirement> added)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } heading || RequirementHeading().Match(InlineText.Plain(heading)) is not { Success: true } m)
            {
                continue;
            }

            var name = m.Groups[1].Value.Trim();
            var id = new IdOccurrence(new SpecId(IdKind.Requirement, 0, 0, qualifier + name), name, builder.File, heading.Line + 1, heading.Column + heading.Level + 2);
            builder.Define(id);
            var statement = new List<string>();
            var j = i + 1;
            for (; j < blocks.Count && blocks[j] is not HeadingBlock; j++)
            {
                statement.Add(InlineText.Plain(blocks[j]));
            }

            var text = string.Join(' ', statement);
            var requirement = new Requirement(id, name, Normative.Keywords(text.Length > 0 ? text : name), []);
            requirements.Add(requirement);
            added(requirement);
            for (; j < blocks.Count && blocks[j] is not HeadingBlock { Level: <= 3 }; j++)
            {
                if (blocks[j] is HeadingBlock { Level: >= 4 } scenario)
                {
                    var sm = ScenarioHeading().Match(InlineText.Plain(scenario));
                    var title = sm.Success ? sm.Groups[1].Value.Trim() : InlineText.Plain(scenario);
                    var steps = new List<Block>();
                    for (var k = j + 1; k < blocks.Count && blocks[k] is not HeadingBlock; k++)
                    {
                        steps.Add(blocks[k]);
                    }

                    var sid = new IdOccurrence(new SpecId(IdKind.Scenario, 0, 0, $"{qualifier}{name}/{title}"), title, builder.File, scenario.Line + 1, scenario.Column + scenario.Level + 2);
                    scenarios.Add(new Scenario(sid, title, null, ScenarioSteps.Of(steps), []) { Parent = id.Id });
                }
            }

            i = j - 1;
        }
    }

    /// <summary>Reads the requirement names a REMOVED section lists: headings or bullets naming <c>Requirement: X</c>.</summary>
    private static IEnumerable<(string Name, int Line)> Names(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var leaves = block is HeadingBlock h ? [h] : InlineText.Leaves(block);
            foreach (var leaf in leaves)
            {
                var text = InlineText.Plain(leaf);
                if ((leaf is HeadingBlock ? RequirementHeading() : NamedRequirement()).Match(text) is { Success: true } m)
                {
                    yield return (Clean(m.Groups[1].Value), leaf.Line + 1);
                }
            }
        }
    }

    /// <summary>Reads RENAMED pairs: <c>- FROM: `### Requirement: Old`</c> then <c>- TO: `### Requirement: New`</c>.</summary>
    private static void Renamed(IReadOnlyList<Block> blocks, string file, string capability, List<DeltaOperation> operations)
    {
        (string Name, int Line)? from = null;
        foreach (var leaf in blocks.SelectMany(InlineText.Leaves))
        {
            var text = InlineText.Plain(leaf);
            var m = RenameLine().Match(text);
            if (!m.Success)
            {
                continue;
            }

            var name = Clean(m.Groups[2].Value);
            if (m.Groups[1].Value.Equals("FROM", StringComparison.OrdinalIgnoreCase))
            {
                from = (name, leaf.Line + 1);
            }
            else if (from is { } f)
            {
                operations.Add(new DeltaOperation(DeltaKind.Renamed, capability, f.Name, name, file, f.Line));
                from = null;
            }
        }
    }

    private static string Clean(string name) => name.Trim().Trim('`', '*').Trim();

    [GeneratedRegex(@"^(ADDED|MODIFIED|REMOVED|RENAMED)\s+Requirements\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeltaHeading();

    [GeneratedRegex(@"^Requirement:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequirementHeading();

    [GeneratedRegex(@"(?:^|#+\s*)Requirement:\s*([^`]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedRequirement();

    [GeneratedRegex(@"^\W*(FROM|TO)\s*:\s*`?\s*(?:#+\s*)?Requirement:\s*([^`]+)`?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RenameLine();

    [GeneratedRegex(@"^Scenario:\s*(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScenarioHeading();
}
