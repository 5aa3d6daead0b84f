using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.Kiro;

/// <summary>Reads Kiro's citations: <c>_Requirements: 1.2, 3.1-3.4_</c> in tasks, <c>**Validates: Requirements 1.3**</c>
/// under a correctness property, <c>_Requirements: All_</c>. <c>1.2</c> is acceptance criterion 2 of requirement 1, a
/// bare <c>1</c> the whole requirement, a range every criterion (or requirement) in it.</summary>
internal static partial class KiroCitations
{
    /// <summary>The requirement every "All" citation stands for.</summary>
    public static readonly SpecId All = new(IdKind.Requirement, 0, 0, "*");

    /// <summary>Finds the citations in one text segment.</summary>
    public static void Scan(TextSegment segment, string file, List<IdOccurrence> found)
    {
        foreach (Match label in Label().Matches(segment.Text))
        {
            var list = label.Groups["list"];
            foreach (Match item in Item().Matches(list.Value))
            {
                var column = segment.Column + list.Index + item.Index;
                if (item.Groups["all"].Success)
                {
                    found.Add(new IdOccurrence(All, "All", file, segment.Line, column));
                    continue;
                }

                var (n, m) = (Int(item.Groups["n"].Value), Int(item.Groups["m"].Value));
                if (!item.Groups["to"].Success)
                {
                    found.Add(Occurrence(n, m, file, segment.Line, column));
                    continue;
                }

                // 3.1-3.4, 3.1-4 (same requirement), 1-3 (requirements).
                var (toN, toM) = item.Groups["tm"].Success ? (Int(item.Groups["tn"].Value), Int(item.Groups["tm"].Value)) : m > 0 ? (n, Int(item.Groups["tn"].Value)) : (Int(item.Groups["tn"].Value), 0);
                if (m > 0 && toN == n && toM >= m && toM - m < 100)
                {
                    for (var k = m; k <= toM; k++)
                    {
                        found.Add(Occurrence(n, k, file, segment.Line, column));
                    }
                }
                else if (m == 0 && toM == 0 && toN >= n && toN - n < 100)
                {
                    for (var k = n; k <= toN; k++)
                    {
                        found.Add(Occurrence(k, 0, file, segment.Line, column));
                    }
                }
                else
                {
                    found.Add(Occurrence(n, m, file, segment.Line, column));
                }
            }
        }
    }

    private static IdOccurrence Occurrence(int n, int m, string file, int line, int column) =>
        m > 0
            ? new IdOccurrence(new SpecId(IdKind.Criterion, n, m), $"{n}.{m}", file, line, column)
            : new IdOccurrence(new SpecId(IdKind.Requirement, n), n.ToString(CultureInfo.InvariantCulture), file, line, column);

    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>Matches a citation label and its list: "Requirements: …", "Validates: Requirements …", "Requirement 1.2".</summary>
    [GeneratedRegex(@"(?:\bValidates\s*:?\s*(?:Requirements?\b)?|\bRequirements?\s*:|\bRequirements?(?=\s+[0-9]))\s*(?<list>(?:(?:Requirements?\s+)?(?:[0-9]{1,3}(?:\.[0-9]{1,3})?(?:\s*[-–]\s*[0-9]{1,3}(?:\.[0-9]{1,3})?)?|All\b)(?:\s*(?:,|;|\band\b|&)\s*|\s*(?=[^0-9A-Za-z]|$)))+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"(?<all>\bAll\b)|(?<n>[0-9]{1,3})(?:\.(?<m>[0-9]{1,3}))?(?<to>\s*[-–]\s*(?<tn>[0-9]{1,3})(?:\.(?<tm>[0-9]{1,3}))?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
