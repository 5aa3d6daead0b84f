using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>OpenSpec: <c>### Requirement: Name</c> with SHALL/MUST and <c>#### Scenario:</c> blocks per capability
/// spec; changes with proposal.md, tasks.md and delta specs; proposal → apply → archive.</summary>
internal sealed class OpenSpecFormat : SpecFormat
{
    public override string Name => "openspec";

    public override string Title => "OpenSpec";

    public override IReadOnlyList<string> Steps { get; } = ["proposal", "apply", "archive"];

    public override IReadOnlyList<(SpecDocumentKind Kind, string File)> StandardDocuments { get; } = [(SpecDocumentKind.FeatureSpec, "specs/<capability>/spec.md")];

    public override IReadOnlySet<SpecDocumentKind> DefiningDocuments { get; } = Set(SpecDocumentKind.FeatureSpec, SpecDocumentKind.DeltaSpec, SpecDocumentKind.TaskList);

    public override IReadOnlySet<IdKind> NeedScenario { get; } = Set(IdKind.Requirement);

    public override IReadOnlyDictionary<IdKind, IReadOnlyList<string>> Normative { get; } =
        new Dictionary<IdKind, IReadOnlyList<string>> { [IdKind.Requirement] = ["SHALL", "MUST"] };

    public override IReadOnlyDictionary<string, IdKind> IdKinds { get; } = new Dictionary<string, IdKind>(StringComparer.Ordinal)
    {
        ["task"] = IdKind.Task,
    };

    public override SpecDocumentKind ScenarioDocument => SpecDocumentKind.FeatureSpec;

    public override SpecDocumentKind TaskDocument => SpecDocumentKind.TaskList;

    public override string Label(IdKind kind, string written) => kind switch
    {
        IdKind.Requirement => $"Requirement '{written}'",
        IdKind.Scenario => $"Scenario '{written}'",
        IdKind.Task => $"task {written}",
        _ => written,
    };

    public override string Noun(IdKind kind) => kind switch
    {
        IdKind.Scenario => "scenario",
        IdKind.Task => "task",
        _ => "requirement",
    };

    public override string Owner(IdKind kind) => kind == IdKind.Task ? "tasks.md" : "the capability's spec.md";

    public override string CiteHint(IdKind kind, string written) => $"Add a task for {written} to the change's tasks.md.";

    public override string ScenarioHint(string label) =>
        $"Add at least one '#### Scenario: …' block with '- **WHEN** …' and '- **THEN** …' under {label}.";

    public override string NormativeHint(string label, IReadOnlyList<string> keywords) =>
        $"State {label} with SHALL or MUST in the text under its heading (OpenSpec's validator requires one).";

    public override string Expects(SpecDocumentKind kind) => kind switch
    {
        SpecDocumentKind.DeltaSpec => "delta specs are read from '## ADDED|MODIFIED|REMOVED|RENAMED Requirements' sections holding '### Requirement: Name' blocks",
        SpecDocumentKind.TaskList => "tasks are read from '- [ ] N.M' checkboxes",
        _ => "requirements are read from '### Requirement: Name' headings with '#### Scenario: Name' blocks",
    };

    public override string FormatNew(IdKind kind, int number, int minor, int width, string prefix) => minor > 0 ? $"{number}.{minor}" : $"{number}.";
}
