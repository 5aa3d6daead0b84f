using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>Kiro: numbered requirements with EARS acceptance criteria <c>N.M</c> in requirements.md, correctness
/// properties in design.md, <c>- [ ] N.</c> / <c>N.M</c> tasks citing <c>_Requirements: 1.2_</c> in tasks.md;
/// requirements → design → tasks.</summary>
internal sealed class KiroFormat : SpecFormat
{
    public override string Name => "kiro";

    public override string Title => "Kiro";

    public override IReadOnlyList<string> Steps { get; } = ["requirements", "design", "tasks"];

    public override IReadOnlyList<(SpecDocumentKind Kind, string File)> StandardDocuments { get; } =
        [(SpecDocumentKind.Requirements, "requirements.md"), (SpecDocumentKind.Design, "design.md"), (SpecDocumentKind.TaskList, "tasks.md")];

    public override IReadOnlySet<SpecDocumentKind> DefiningDocuments { get; } = Set(SpecDocumentKind.Requirements, SpecDocumentKind.TaskList);

    public override IReadOnlySet<IdKind> NeedTask { get; } = Set(IdKind.Criterion, IdKind.Requirement);

    public override IReadOnlyDictionary<IdKind, IReadOnlyList<string>> Normative { get; } =
        new Dictionary<IdKind, IReadOnlyList<string>> { [IdKind.Criterion] = ["SHALL"] };

    public override IReadOnlySet<IdKind> Numbered { get; } = Set(IdKind.Requirement, IdKind.Criterion, IdKind.Task);

    public override IReadOnlyDictionary<string, IdKind> IdKinds { get; } = new Dictionary<string, IdKind>(StringComparer.Ordinal)
    {
        ["req"] = IdKind.Requirement,
        ["criterion"] = IdKind.Criterion,
        ["task"] = IdKind.Task,
    };

    public override SpecDocumentKind ScenarioDocument => SpecDocumentKind.Requirements;

    public override SpecDocumentKind TaskDocument => SpecDocumentKind.TaskList;

    public override string Label(IdKind kind, string written) => kind switch
    {
        IdKind.Criterion => $"acceptance criterion {written}",
        IdKind.Requirement => $"Requirement {written}",
        IdKind.Task => $"task {written}",
        _ => written,
    };

    public override string Noun(IdKind kind) => kind switch
    {
        IdKind.Criterion => "acceptance criterion",
        IdKind.Task => "task",
        _ => "requirement",
    };

    public override string Owner(IdKind kind) => kind == IdKind.Task ? "tasks.md" : "requirements.md";

    public override string CiteHint(IdKind kind, string written) =>
        $"Add {written} to the '_Requirements: …_' line of the task in tasks.md that implements it.";

    public override string NormativeHint(string label, IReadOnlyList<string> keywords) =>
        $"Write {label} in EARS form: 'WHEN <trigger> THE <system> SHALL <response>' (or IF/WHILE/WHERE …, or 'THE <system> SHALL …').";

    public override string Expects(SpecDocumentKind kind) => kind == SpecDocumentKind.TaskList
        ? "tasks are read from '- [ ] N. Title' and '- [ ] N.M Title' checkboxes citing '_Requirements: N.M_'"
        : "requirements are read from '### Requirement N' headings with a numbered list under 'Acceptance Criteria'";

    public override string FormatNew(IdKind kind, int number, int minor, int width, string prefix) =>
        minor > 0 ? $"{number}.{minor}" : kind == IdKind.Task ? $"{number}." : $"{number}";
}
