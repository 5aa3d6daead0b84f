using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Rules;

/// <summary>MG110: CHANGELOG.md does not follow keepachangelog: title, <c>## [x.y.z] - YYYY-MM-DD</c> versions newest
/// first, change-type sections, bullets inside sections.</summary>
internal sealed partial class ChangelogFormatRule : ISpecRule
{
    private static readonly string[] s_sections = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];

    public AuditRule Rule { get; } = new("MG110", "CHANGELOG format", Severity.Warning,
        "keepachangelog's fixed shape lets people and tools read what changed in which version.",
        "Follow keepachangelog 1.0.0: '# Changelog', '## [x.y.z] - YYYY-MM-DD' newest first, '### Added|Changed|Deprecated|Removed|Fixed|Security', bullets.");

    public IEnumerable<Finding> Check(SpecGraph graph)
    {
        if (graph.Set.Changelog is not { } log)
        {
            yield break;
        }

        if (log.Title is null || !log.Title.StartsWith("Changelog", StringComparison.OrdinalIgnoreCase))
        {
            yield return graph.At(Rule, log.File, log.TitleLine, null, "CHANGELOG.md does not start with the title '# Changelog'.", "Make '# Changelog' the first heading.");
        }

        if (log.Versions.Count == 0)
        {
            yield return graph.At(Rule, log.File, log.TitleLine, null, "CHANGELOG.md has no version headings.", "Add '## [0.1.0] - YYYY-MM-DD' with an '### Added' section.");
        }

        (int, int, int)? previous = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < log.Versions.Count; i++)
        {
            var v = log.Versions[i];
            if (Problem(v, i, seen, ref previous) is { } problem)
            {
                yield return graph.At(Rule, log.File, v.Line, null, $"The version heading '{v.Heading}' {problem}.", "Write it as '## [x.y.z] - YYYY-MM-DD' (or '## [Unreleased]' first), newest version first.");
            }

            foreach (var section in v.Sections.Where(s => !s_sections.Contains(s.Name, StringComparer.Ordinal)))
            {
                yield return graph.At(Rule, log.File, section.Line, null, $"'{section.Name}' is not a keepachangelog section.", $"Use one of {string.Join(", ", s_sections)}.");
            }

            foreach (var entry in v.LooseEntries)
            {
                yield return graph.At(Rule, log.File, entry.Line, null, $"The entry '{Common.Preview.Of(entry.Text, 60)}' is not under a change-type section.", "Put it under '### Added' (or Changed, Fixed …).");
            }
        }
    }

    private static string? Problem(ChangelogVersion v, int index, HashSet<string> seen, ref (int, int, int)? previous)
    {
        if (v.Version is null || !v.Bracketed)
        {
            return "does not name a version in brackets";
        }

        if (string.Equals(v.Version, "Unreleased", StringComparison.OrdinalIgnoreCase))
        {
            return index != 0 ? "must be the first version" : v.Date is not null ? "must not carry a date" : null;
        }

        var m = SemVer().Match(v.Version);
        if (!m.Success)
        {
            return $"names '{v.Version}', which is not a SemVer version (x.y.z)";
        }

        if (!seen.Add(v.Version))
        {
            return "repeats a version";
        }

        if (v.Date is null || !DateOnly.TryParseExact(v.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return v.Date is null ? "has no date" : $"has the date '{v.Date}', which is not YYYY-MM-DD";
        }

        var current = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        var outOfOrder = previous is { } p && current.CompareTo(p) >= 0;
        previous = current;
        return outOfOrder ? "is not older than the version above it (newest first)" : null;
    }

    [GeneratedRegex(@"^([0-9]{1,9})\.([0-9]{1,9})\.([0-9]{1,9})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();
}
