using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Formats;

/// <summary>The intent-driven module pipeline: REQ/SCEN/TASK/PHASE IDs with the module's prefix, one document per
/// layer, steps 1 to 5.</summary>
internal sealed class ModulePipelineFormat : SpecFormat
{
    public override string Name => "module-pipeline";

    public override string Title => "the intent-driven module pipeline";

    public override IReadOnlyList<string> Steps { get; } =
        ["intent design", "requirements and scenarios", "code and unit tests", "e2e tests and CHANGELOG", "a later phase"];

    public override IReadOnlyList<(SpecDocumentKind Kind, string File)> StandardDocuments { get; } =
        SpecDocumentNames.All.Select(a => (a.Kind, a.Stem + ".md")).ToArray();

    public override IReadOnlySet<SpecDocumentKind> DefiningDocuments { get; } =
        Set(SpecDocumentKind.IntentRequirements, SpecDocumentKind.IntentScenarios, SpecDocumentKind.Tasks);

    public override IReadOnlySet<IdKind> NeedScenario { get; } = Set(IdKind.Requirement);

    public override IReadOnlyDictionary<IdKind, IReadOnlyList<string>> Normative { get; } =
        new Dictionary<IdKind, IReadOnlyList<string>> { [IdKind.Requirement] = ["MUST", "SHALL", "SHOULD", "MAY"] };

    public override IReadOnlySet<IdKind> Numbered { get; } = Set(IdKind.Requirement, IdKind.Scenario, IdKind.Task, IdKind.Phase);

    public override IReadOnlyDictionary<string, IdKind> IdKinds { get; } = new Dictionary<string, IdKind>(StringComparer.Ordinal)
    {
        ["req"] = IdKind.Requirement,
        ["scen"] = IdKind.Scenario,
        ["task"] = IdKind.Task,
        ["phase"] = IdKind.Phase,
    };

    public override SpecDocumentKind ScenarioDocument => SpecDocumentKind.IntentScenarios;

    public override SpecDocumentKind TaskDocument => SpecDocumentKind.Tasks;

    public override string Noun(IdKind kind) => kind switch
    {
        IdKind.Scenario => "scenario",
        IdKind.Task => "task",
        IdKind.Phase => "phase",
        _ => "requirement",
    };

    public override string Owner(IdKind kind) => kind switch
    {
        IdKind.Requirement => "INTENT_REQUIREMENTS.md",
        IdKind.Scenario => "INTENT_SCENARIOS.md",
        IdKind.Task => "TASKS.md",
        _ => "INTENT_DESIGN.md (a phase heading)",
    };

    public override string CiteHint(IdKind kind, string written) => $"Add ({written}) to the subtask in TASKS.md that implements it.";

    public override string ScenarioHint(string label) => $"Add ({label}) to a scenario bullet in INTENT_SCENARIOS.md that exercises it.";

    public override string NoScenario(string label) => $"{label} is not cited by any scenario.";

    public override string MissingSteps(string label, IReadOnlyList<string> missing) => $"{label} has no {string.Join(" or ", missing)} bullet.";

    public override string NormativeHint(string label, IReadOnlyList<string> keywords) =>
        $"Rewrite the statement of {label} with MUST or SHALL (mandatory), or SHOULD or MAY (optional).";

    public override string Expects(SpecDocumentKind kind) => kind switch
    {
        SpecDocumentKind.IntentRequirements => "requirements are read from '### REQ-{PREFIX}-N: Title' headings",
        SpecDocumentKind.IntentScenarios => "scenarios are read from '### SCEN-{PREFIX}-N: Title' headings",
        _ => "tasks are read from '### TASK-{PREFIX}-N: Title' headings with '- [ ] N.M' subtasks",
    };

    public override string FormatNew(IdKind kind, int number, int minor, int width, string prefix) => new SpecId(kind, number).Format(prefix, width);
}
