using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;

namespace ModuleGen.Core.SpecDocs.Formats.Kiro;

/// <summary>Reads Kiro's requirements.md: <c>### Requirement N</c> (or <c>Requirement N: Title</c>) headings and the
/// numbered list under <c>Acceptance Criteria</c> below each, criterion M of requirement N being <c>N.M</c>.</summary>
internal static partial class KiroRequirementsParser
{
    public static void Parse(MarkdownDocument markdown, DocumentBuilder builder, List<Requirement> requirements)
    {
        IdOccurrence? requirement = null;
        var level = 0;
        var inCriteria = false;
        foreach (var block in markdown)
        {
            builder.Note(block);
            switch (block)
            {
                case HeadingBlock heading:
                    var text = InlineText.Plain(heading);
                    if (RequirementHeading().Match(text) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        requirement = new IdOccurrence(new SpecId(IdKind.Requirement, n), n.ToString(CultureInfo.InvariantCulture), builder.File, heading.Line + 1, heading.Column + heading.Level + 2);
                        builder.Define(requirement);
                        requirements.Add(new Requirement(requirement, m.Groups[2].Value.Trim(), [], []));
                        (level, inCriteria) = (heading.Level, false);
                    }
                    else if (CriteriaLabel().IsMatch(text))
                    {
                        inCriteria = requirement is not null;
                    }
                    else if (requirement is not null && heading.Level <= level)
                    {
                        (requirement, inCriteria) = (null, false);
                    }
                    else
                    {
                        inCriteria = false;
                    }

                    break;
                case ParagraphBlock paragraph when CriteriaLabel().IsMatch(InlineText.Plain(paragraph)):
                    inCriteria = requirement is not null;
                    break;
                case ListBlock list when inCriteria && requirement is not null:
                    Criteria(list, requirement, builder, requirements);
                    break;
            }
        }
    }

    private static void Criteria(ListBlock list, IdOccurrence requirement, DocumentBuilder builder, List<Requirement> requirements)
    {
        var index = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            index++;
            var number = list.IsOrdered && item.Order > 0 ? item.Order : index;
            var text = InlineText.Plain(item);
            var id = new IdOccurrence(new SpecId(IdKind.Criterion, requirement.Id.Number, number), $"{requirement.Id.Number}.{number}", builder.File, item.Line + 1, item.Column + 1);
            builder.Define(id);
            requirements.Add(new Requirement(id, text, Normative.Keywords(text), []) { Parent = requirement.Id });
        }
    }

    [GeneratedRegex(@"^Requirement\s+([0-9]{1,4})\b\s*[:.\-–—]?\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequirementHeading();

    [GeneratedRegex(@"^\W*Acceptance\s+Criteria\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CriteriaLabel();
}
