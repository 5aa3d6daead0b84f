using ModuleGen.Core.Audit;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Gates;

/// <summary>Evaluates the gates of spec-kit (specify → plan → tasks → implement), Kiro (requirements → design → tasks)
/// and OpenSpec (proposal → apply → archive, per change) over a parsed set and its check_docs findings.</summary>
/// <remarks>A document counts as present only when it says something (a template's text does not count), and a gate
/// agrees with check_docs: an error finding in a document the step delivers fails it.</remarks>
internal sealed class WorkflowGates(DocumentSet set, IReadOnlyList<Finding> findings)
{
    private const int ListedErrors = 20;

    public IReadOnlyList<GateCheck> For(int step, SpecChange? change) => set.Format.Name switch
    {
        "spec-kit" => SpecKit(step),
        "kiro" => Kiro(step),
        _ => OpenSpec(step, change!),
    };

    private IReadOnlyList<GateCheck> SpecKit(int step)
    {
        var spec = Present(SpecDocumentKind.FeatureSpec, "spec.md");
        return step switch
        {
            1 => [spec, Defined("stories_defined", IdKind.Story, "user stories"), NoErrors(step, [SpecDocumentKind.FeatureSpec])],
            2 => [spec, Present(SpecDocumentKind.Plan, "plan.md"), NoErrors(step, [SpecDocumentKind.FeatureSpec, SpecDocumentKind.Plan])],
            3 => [spec, Present(SpecDocumentKind.Plan, "plan.md"), Present(SpecDocumentKind.TaskList, "tasks.md"), Covered("stories_covered", "MG119"),
                NoErrors(step, [SpecDocumentKind.FeatureSpec, SpecDocumentKind.Plan, SpecDocumentKind.TaskList, SpecDocumentKind.Checklist])],
            _ => [Present(SpecDocumentKind.TaskList, "tasks.md"), TasksChecked(set.Tasks, "tasks.md"), NoErrors(step, [SpecDocumentKind.FeatureSpec, SpecDocumentKind.Plan, SpecDocumentKind.TaskList, SpecDocumentKind.Checklist])],
        };
    }

    private IReadOnlyList<GateCheck> Kiro(int step)
    {
        var requirements = Present(SpecDocumentKind.Requirements, "requirements.md");
        return step switch
        {
            1 => [requirements, Defined("criteria_defined", IdKind.Criterion, "acceptance criteria"), NoErrors(step, [SpecDocumentKind.Requirements])],
            2 => [requirements, Present(SpecDocumentKind.Design, "design.md"), NoErrors(step, [SpecDocumentKind.Requirements, SpecDocumentKind.Design])],
            _ => [requirements, Present(SpecDocumentKind.Design, "design.md"), Present(SpecDocumentKind.TaskList, "tasks.md"), Covered("criteria_covered", "MG119"),
                NoErrors(step, [SpecDocumentKind.Requirements, SpecDocumentKind.Design, SpecDocumentKind.TaskList])],
        };
    }

    private IReadOnlyList<GateCheck> OpenSpec(int step, SpecChange change)
    {
        var files = change.Files.ToHashSet(StringComparer.Ordinal);
        var documents = set.Documents.Where(d => files.Contains(d.File)).ToArray();
        var proposal = documents.FirstOrDefault(d => d.Kind == SpecDocumentKind.Proposal);
        var proposalCheck = new GateCheck("proposal_present", proposal is { HasContent: true }, proposal switch
        {
            { HasContent: true } => $"{proposal.File} is present.",
            { } => $"{proposal.File} is empty or holds only headings and placeholders.",
            null => $"{change.Folder}/proposal.md is missing.",
        });
        var deltas = new GateCheck("deltas_present", change.Deltas.Count > 0, change.Deltas.Count > 0
            ? $"The change's delta specs name {change.Deltas.Count} requirement change(s)."
            : $"The change has no delta (specs/<capability>/spec.md with ## ADDED|MODIFIED|REMOVED|RENAMED Requirements).");
        var errors = NoErrors(step, files);
        return step switch
        {
            1 => [proposalCheck, deltas, errors],
            2 => [proposalCheck, TasksChecked(change.Tasks, $"{change.Folder}/tasks.md"), errors],
            _ => [TasksChecked(change.Tasks, $"{change.Folder}/tasks.md"), new GateCheck("change_archived", change.Archived, change.Archived
                ? $"The change is archived in {change.Folder}."
                : $"The change is not archived yet (openspec archive {change.Id} moves it under changes/archive/ and applies its deltas)."), errors],
        };
    }

    private GateCheck Present(SpecDocumentKind kind, string name)
    {
        var key = name[..^3].Replace('-', '_') + "_present";
        return set.Find(kind) switch
        {
            _ when set.Holds(kind) => new GateCheck(key, true, $"{set.Documents.First(d => d.Kind == kind && d.HasContent).File} is present."),
            { } doc => new GateCheck(key, false, $"{doc.File} is empty or holds only headings and placeholders."),
            null => new GateCheck(key, false, $"{name} is missing from {set.Folder}."),
        };
    }

    private GateCheck Defined(string key, IdKind kind, string what)
    {
        var count = set.Requirements.Count(r => r.Id.Id.Kind == kind);
        return new GateCheck(key, count > 0, count > 0 ? $"{count} {what} are defined." : $"No {what} were read ({set.Format.Expects(SpecDocumentKind.Requirements)}).");
    }

    private GateCheck Covered(string key, string rule)
    {
        // MG119 waits for tasks to be read, so a task list that yielded none must fail here rather than pass silently.
        if (set.Tasks.Count == 0)
        {
            return new GateCheck(key, false, $"No task was read, so nothing is cited by a task ({set.Format.Expects(SpecDocumentKind.TaskList)}).");
        }

        var gaps = findings.Where(f => f.RuleId == rule).ToArray();
        return new GateCheck(key, gaps.Length == 0, gaps.Length == 0
            ? "Every requirement the tasks must cover is cited by a task."
            : $"{gaps.Length} not cited by any task: {string.Join(" ", gaps.Take(ListedErrors).Select(f => $"{f.File}:{f.Line} {f.Message}"))}");
    }

    private static GateCheck TasksChecked(IReadOnlyList<SpecTask> tasks, string file)
    {
        if (tasks.Count == 0)
        {
            return new GateCheck("tasks_checked", false, $"{file} has no tasks.");
        }

        var open = tasks.Where(t => t.IsOpen).Select(t => t.HasId && t.Subtasks.Count == 0 ? t.Id.Text : t.Subtasks.Where(s => !s.Optional && !(s.Checked == true && s.NestedDone)).Select(s => s.Number ?? $"line {s.Line}").DefaultIfEmpty(t.Id.Text).First()).ToArray();
        return new GateCheck("tasks_checked", open.Length == 0, open.Length == 0
            ? $"All {tasks.Count} task(s) are checked off (optional ones aside)."
            : $"Unchecked task(s): {string.Join(", ", open.Take(ListedErrors))}{(open.Length > ListedErrors ? $" … and {open.Length - ListedErrors} more" : "")}.");
    }

    private GateCheck NoErrors(int step, IReadOnlyList<SpecDocumentKind> kinds) =>
        NoErrors(step, set.Documents.Where(d => kinds.Contains(d.Kind)).Select(d => d.File).ToHashSet(StringComparer.Ordinal));

    private GateCheck NoErrors(int step, IReadOnlySet<string> files)
    {
        var errors = findings.Where(f => f.Severity == Severity.Error && f.File is not null && files.Contains(f.File)).ToArray();
        var listed = string.Join(" ", errors.Take(ListedErrors).Select(f => $"{f.File}:{f.Line} {f.RuleId}: {f.Message}"));
        var more = errors.Length > ListedErrors ? $" … and {errors.Length - ListedErrors} more (check_docs lists them all)." : "";
        var name = set.Format.Steps[step - 1];
        return new GateCheck("step_documents_without_errors", errors.Length == 0, errors.Length == 0
            ? $"check_docs reports no error in the documents of step {step} ({name})."
            : $"check_docs reports {errors.Length} error(s) in the documents of step {step} ({name}): {listed}{more}");
    }
}
