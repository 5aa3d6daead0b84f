using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Reads CHANGELOG.md in keepachangelog form: <c># Changelog</c>, <c>## [x.y.z] - YYYY-MM-DD</c> versions,
/// <c>### Added</c> (…) sections and their bullets.</summary>
internal static partial class ChangelogParser
{
    public static ChangelogDocument Parse(IEnumerable<Block> blocks, DocumentBuilder builder)
    {
        string? title = null;
        var titleLine = 0;
        var versions = new List<ChangelogVersion>();
        VersionDraft? version = null;
        SectionDraft? section = null;
        foreach (var block in blocks)
        {
            var tokens = builder.Tokens(block);
            builder.Reference(tokens);
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when title is null:
                    title = InlineText.Plain(h);
                    titleLine = h.Line + 1;
                    break;
                case HeadingBlock { Level: <= 2 } h:
                    Close();
                    version = new VersionDraft(HeadingText(h), h.Line + 1);
                    break;
                case HeadingBlock h when version is not null:
                    CloseSection();
                    section = new SectionDraft(InlineText.Plain(h), h.Line + 1);
                    break;
                case ListBlock list when version is not null:
                    var citations = ItemCitations.Split(list, tokens);
                    for (var i = 0; i < list.Count; i++)
                    {
                        (section?.Entries ?? version.Loose).Add(new ChangelogEntry(InlineText.Plain(list[i]), citations[i], list[i].Line + 1));
                    }

                    break;
            }
        }

        Close();

        // A CHANGELOG says something once it records a change: the keepachangelog preamble and an empty
        // [Unreleased] are what a template writes.
        builder.HasContent = versions.Any(v => v.LooseEntries.Count > 0 || v.Sections.Any(s => s.Entries.Count > 0));
        return new ChangelogDocument(builder.File, title, Math.Max(1, titleLine), versions);

        void CloseSection()
        {
            if (section is not null)
            {
                version!.Sections.Add(new ChangelogSection(section.Name, section.Line, section.Entries.ToArray()));
                section = null;
            }
        }

        void Close()
        {
            if (version is null)
            {
                return;
            }

            CloseSection();
            var m = VersionHeading().Match(version.Heading);
            var name = m.Success ? (m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["v"].Value) : null;
            var date = m.Success && m.Groups["d"].Success ? m.Groups["d"].Value.Trim() : null;
            versions.Add(new ChangelogVersion(version.Heading, name, m.Success && m.Groups["b"].Success, date, version.Line, version.Sections.ToArray(), version.Loose.ToArray()));
            version = null;
        }
    }

    /// <summary>Returns the heading text with a version written as a reference link (<c>[0.2.0]</c> with a link
    /// definition at the bottom, as keepachangelog recommends) put back in its brackets.</summary>
    private static string HeadingText(HeadingBlock heading)
    {
        if (heading.Inline is null)
        {
            // A heading without markup has no inlines to look through (nor links).
            return InlineText.Plain(heading);
        }

        var parts = heading.Inline.Select(i => i is LinkInline link ? "[" + InlineText.Plain(link) + "]" : InlineText.Plain(i));
        return string.Concat(parts).Trim();
    }

    [GeneratedRegex(@"^(?:\[(?<b>[^\]]*)\]|(?<v>[^\s\[\]]+))(?:\s*[-–—]\s*(?<d>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionHeading();

    private sealed class VersionDraft(string heading, int line)
    {
        public string Heading { get; } = heading;

        public int Line { get; } = line;

        public List<ChangelogSection> Sections { get; } = [];

        public List<ChangelogEntry> Loose { get; } = [];
    }

    private sealed class SectionDraft(string name, int line)
    {
        public string Name { get; } = name;

        public int Line { get; } = line;

        public List<ChangelogEntry> Entries { get; } = [];
    }
}
