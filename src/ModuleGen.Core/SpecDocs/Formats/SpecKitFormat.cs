using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>spec-kit: user stories with acceptance scenarios, <c>FR-###</c> requirements and <c>SC-###</c> success
/// criteria in spec.md; <c>T###</c> tasks tagged <c>[US#]</c> in tasks.md; specify → plan → tasks → implement.</summary>
internal sealed class SpecKitFormat : SpecFormat
{
    public override string Name => "spec-kit";

    public override string Title => "spec-kit";

    public override IReadOnlyList<string> Steps { get; } = ["specify", "plan", "tasks", "implement"];

    public override IReadOnlyList<(SpecDocumentKind Kind, string File)> StandardDocuments { get; } =
        [(SpecDocumentKind.FeatureSpec, "spec.md"), (SpecDocumentKind.Plan, "plan.md"), (SpecDocumentKind.TaskList, "tasks.md")];

    public override IReadOnlySet<SpecDocumentKind> DefiningDocuments { get; } = Set(SpecDocumentKind.FeatureSpec, SpecDocumentKind.TaskList);

    public override IReadOnlySet<IdKind> NeedScenario { get; } = Set(IdKind.Story);

    public override IReadOnlySet<IdKind> NeedTask { get; } = Set(IdKind.Story);

    public override IReadOnlySet<IdKind> Numbered { get; } = Set(IdKind.Story, IdKind.Requirement, IdKind.SuccessCriterion, IdKind.Task);

    public override IReadOnlyDictionary<string, IdKind> IdKinds { get; } = new Dictionary<string, IdKind>(StringComparer.Ordinal)
    {
        ["fr"] = IdKind.Requirement,
        ["req"] = IdKind.Requirement,
        ["sc"] = IdKind.SuccessCriterion,
        ["us"] = IdKind.Story,
        ["story"] = IdKind.Story,
        ["task"] = IdKind.Task,
    };

    public override SpecDocumentKind ScenarioDocument => SpecDocumentKind.FeatureSpec;

    public override SpecDocumentKind TaskDocument => SpecDocumentKind.TaskList;

    public override string Noun(IdKind kind) => kind switch
    {
        IdKind.Story => "user story",
        IdKind.SuccessCriterion => "success criterion",
        IdKind.Scenario => "acceptance scenario",
        IdKind.Task => "task",
        IdKind.Phase => "phase",
        _ => "functional requirement",
    };

    public override string Owner(IdKind kind) => kind is IdKind.Task or IdKind.Phase ? "tasks.md" : "spec.md";

    public override string CiteHint(IdKind kind, string written) =>
        kind == IdKind.Story
            ? $"Tag the tasks in tasks.md that implement it with [US{Number(written)}], or drop the story from spec.md."
            : $"Cite {written} in the task in tasks.md that implements it.";

    public override string ScenarioHint(string label) =>
        $"Add '**Acceptance Scenarios**:' under {label} with numbered '**Given** …, **When** …, **Then** …' items.";

    public override string StepHint(IReadOnlyList<string> missing) => string.Join(" and ", missing.Select(m => $"'**{Capital(m.ToLowerInvariant())}** …'"));

    public override string Expects(SpecDocumentKind kind) => kind == SpecDocumentKind.TaskList
        ? "tasks are read from '- [ ] T001 [P] [US1] Description' lines"
        : "user stories are read from '### User Story N - Title' headings with numbered '**Acceptance Scenarios**:', requirements from '- **FR-001**: …' and '- **SC-001**: …' items";

    public override string FormatNew(IdKind kind, int number, int minor, int width, string prefix) => kind switch
    {
        IdKind.Story => $"US{number}",
        IdKind.SuccessCriterion => $"SC-{Pad(number, Math.Max(width, 3))}",
        IdKind.Task => $"T{Pad(number, Math.Max(width, 3))}",
        _ => $"FR-{Pad(number, Math.Max(width, 3))}",
    };

    private static string Number(string written) => new(written.Where(char.IsAsciiDigit).ToArray());
}
