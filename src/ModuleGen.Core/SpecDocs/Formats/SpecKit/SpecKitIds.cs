using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.SpecKit;

/// <summary>Recognises spec-kit's IDs in text: <c>FR-001</c>, <c>SC-001</c> (a letter suffix marks an inserted one,
/// <c>FR-005a</c>), user stories <c>US1</c> / <c>[US1]</c> / "User Story 1", and tasks <c>T001</c> / <c>T010f</c>.</summary>
internal static partial class SpecKitIds
{
    /// <summary>Finds the IDs in one text segment; <paramref name="tasks"/> also reads <c>T###</c> (tasks.md only: other
    /// documents use T-numbers for other things).</summary>
    public static void Scan(TextSegment segment, string file, bool tasks, List<IdOccurrence> found)
    {
        foreach (Match m in Token().Matches(segment.Text))
        {
            var id = m.Groups["fr"].Success ? Numbered(IdKind.Requirement, m.Groups["fr"].Value, m.Groups["frs"].Value, m.Groups["word"].Value)
                : m.Groups["sc"].Success ? Numbered(IdKind.SuccessCriterion, m.Groups["sc"].Value, m.Groups["scs"].Value, m.Groups["word"].Value)
                : m.Groups["us"].Success ? Numbered(IdKind.Story, m.Groups["us"].Value, "")
                : m.Groups["story"].Success ? Numbered(IdKind.Story, m.Groups["story"].Value, "")
                : tasks && m.Groups["t"].Success ? Numbered(IdKind.Task, m.Groups["t"].Value, m.Groups["ts"].Value, m.Groups["word"].Value)
                : null;
            if (id is { } value)
            {
                found.Add(new IdOccurrence(value, m.Value, file, segment.Line, segment.Column + m.Index));
            }
        }
    }

    /// <summary>Returns the IDs in a list of segments.</summary>
    public static List<IdOccurrence> Scan(IEnumerable<TextSegment> segments, string file, bool tasks)
    {
        var found = new List<IdOccurrence>();
        foreach (var segment in segments)
        {
            Scan(segment, file, tasks, found);
        }

        return found;
    }

    /// <summary>Parses <c>FR-001</c> / <c>SC-001</c> / <c>T001</c> at the start of a text, for definitions.</summary>
    public static (SpecId Id, string Text)? Leading(string text, IdKind kind)
    {
        var m = LeadingToken().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var word = m.Groups["w"].Value;
        var wanted = kind switch { IdKind.Requirement => "FR", IdKind.SuccessCriterion => "SC", IdKind.Task => "T", _ => "" };
        return word == wanted && Numbered(kind, m.Groups["n"].Value, m.Groups["s"].Value, m.Groups["word"].Value) is { } id ? (id, m.Groups["id"].Value) : null;
    }

    /// <summary>Builds an ID: a letter suffix (<c>FR-006b</c>) is an insert; a word or dotted suffix (<c>FR-003-NOTE</c>,
    /// <c>FR-007-NEW</c>, <c>FR-005a.1</c>) names an ID of its own that is not part of the numbered sequence.</summary>
    private static SpecId? Numbered(IdKind kind, string digits, string suffix, string word = "") =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? new SpecId(kind, n, suffix.Length == 1 ? char.ToLowerInvariant(suffix[0]) - 'a' + 1 : 0, word.Length > 0 ? word : null)
            : null;

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:FR-(?<fr>[0-9]{1,5})(?<frs>[a-z]?)|SC-(?<sc>[0-9]{1,5})(?<scs>[a-z]?)|US-?(?<us>[0-9]{1,4})|User\s+Story\s+(?<story>[0-9]{1,4})|T(?<t>[0-9]{3,5})(?<ts>[a-z]?))(?<word>(?:\.[0-9]{1,3})+(?![0-9])|-[A-Z]{2,}(?![A-Za-z0-9_-]))?(?![A-Za-z0-9_])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"^[\s*_`\[]*(?<id>(?<w>FR|SC|T)-?(?<n>[0-9]{1,5})(?<s>[a-z]?)(?<word>(?:\.[0-9]{1,3})+(?![0-9])|-[A-Z]{2,}(?![A-Za-z0-9_-]))?)(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingToken();
}
