using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Holds a scaffold computed up to the point of writing: the pack, the target, the values, and the change set.</summary>
internal sealed record PlannedScaffold(
    TemplatePack Pack,
    WorkspacePath Target,
    IReadOnlyList<ResolvedVariable> Variables,
    IReadOnlyList<string> Addons,
    ChangeSet Set,
    string AnswersPath);
