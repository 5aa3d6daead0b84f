using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads the GIVEN/WHEN/THEN/AND/BUT steps of a scenario, however authors write the keyword: <c>- **WHEN** …</c>,
/// <c>**THEN**, …</c>, <c>Then, …</c>, a paragraph with one step per line, or spec-kit's one-line
/// <c>**Given** …, **When** …, **Then** …</c>.</summary>
internal static partial class ScenarioSteps
{
    private static readonly string[] s_keywords = ["GIVEN", "WHEN", "THEN", "AND", "BUT"];

    /// <summary>Reads steps from a scenario's blocks: each bullet, and each line of a paragraph, that starts with a keyword.</summary>
    public static IReadOnlyList<ScenarioStep> Of(IEnumerable<Block> body)
    {
        var steps = new List<ScenarioStep>();
        foreach (var block in body)
        {
            switch (block)
            {
                // A bullet is one step (its first paragraph names the keyword); a paragraph may hold one step per line.
                case ListBlock list:
                    foreach (var item in list)
                    {
                        if (item is ListItemBlock { Count: > 0 } bullet && bullet[0] is ParagraphBlock first && Leading(InlineText.Look(first), first.Line + 1) is { } step)
                        {
                            steps.Add(step);
                        }
                    }

                    break;
                case ParagraphBlock paragraph:
                    foreach (var (text, line) in Lines(paragraph))
                    {
                        if (Leading(text, line) is { } step)
                        {
                            steps.Add(step);
                        }
                    }

                    break;
            }
        }

        return steps;
    }

    /// <summary>Reads every keyword of a one-line scenario (<c>**Given** a, **When** b, **Then** c</c>), in order.</summary>
    public static IReadOnlyList<ScenarioStep> InLine(string text, int line)
    {
        var steps = new List<ScenarioStep>();
        var matches = Keyword().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var start = matches[i].Index + matches[i].Length;
            steps.Add(new ScenarioStep(matches[i].Groups[1].Value.ToUpperInvariant(), text[start..end].Trim(' ', ',', '*', '_', ':'), line));
        }

        return steps;
    }

    /// <summary>Returns the step a line starts with, or null when its first word is not a keyword.</summary>
    public static ScenarioStep? Leading(ReadOnlySpan<char> text, int line)
    {
        var space = text.IndexOf(' ');
        var word = (space < 0 ? text : text[..space]).Trim("*_:,.");
        foreach (var keyword in s_keywords)
        {
            if (word.Equals(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return new ScenarioStep(keyword, space < 0 ? "" : text[(space + 1)..].Trim().ToString(), line);
            }
        }

        return null;
    }

    private static IEnumerable<(string Text, int Line)> Lines(ParagraphBlock paragraph) =>
        !InlineText.HasText(paragraph)
            ? []
            : InlineText.Segments(paragraph)
                .GroupBy(s => s.Line)
                .Select(g => (string.Join(' ', string.Concat(g.Select(s => s.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries)), g.Key));

    [GeneratedRegex(@"(?<![A-Za-z])(given|when|then)(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();
}
