using System.Globalization;
using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Execution;

/// <summary>Walks a stored plan as a recipe: every (expanded) brick in build order goes through specs, scaffold,
/// implement and verify; outcomes are appended to the run log, and the log is the state, so a crashed or restarted
/// session picks up exactly where the log says.</summary>
/// <remarks>The run id is the hex of the plan revision: the same plan continues the same log, and storing a changed
/// plan starts a fresh run (earlier logs stay for audit).</remarks>
public sealed class Recipe(PlanStore plans, PlanExpander expander, RunLog log, TimeProvider clock)
{
    public const int MaxNoteLength = 4000;

    /// <summary>Lists the bricks in build order with each step's status and names the next step.</summary>
    public Result<NextStepsResult> NextSteps(NextStepsRequest request)
    {
        var format = string.IsNullOrEmpty(request.Format) ? PlanStore.FormatJson : request.Format;
        if (format is not (PlanStore.FormatJson or PlanStore.FormatMermaid))
        {
            return ToolError.Create(ErrorCodes.ArgumentInvalid, "/format", $"Unknown format '{Preview.Of(format)}'.",
                "Use \"json\" (the default) or \"mermaid\" to add a graph of the bricks and their progress.").WithFound(format);
        }

        return Open(request.Module).Then(run => Progress(run).Map(progress => new NextStepsResult(
            run.Stored.Plan.Module,
            run.Stored.Revision,
            run.RunId,
            run.LogFile.RelativePath,
            progress.Bricks,
            RecipeProgress.Next(progress.Bricks),
            RecipeProgress.Summarise(progress.Bricks),
            progress.Warnings,
            format == PlanStore.FormatMermaid ? RecipeProgress.Mermaid(progress.Bricks) : null)));
    }

    /// <summary>Appends one step outcome to the run log, after checking brick, step, status and note.</summary>
    public Result<RecordStepResult> RecordStep(RecordStepRequest request, CancellationToken cancellationToken = default) =>
        Open(request.Module).Then(run =>
        {
            var errors = Check(request, run.Bricks);
            if (errors.Count > 0)
            {
                return Result<RecordStepResult>.Fail(errors);
            }

            var time = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note;
            var entry = new RunLogEntry(time, run.RunId, run.Stored.Plan.Module, request.Brick!, request.Step!, request.Status!, note);
            return log.Append(run.LogFile, entry, cancellationToken).Then(_ => Progress(run)).Map(progress =>
                new RecordStepResult(entry, run.LogFile.RelativePath, progress.Bricks.Single(b => b.Brick == entry.Brick).Complete, RecipeProgress.Next(progress.Bricks)));
        });

    private Result<Run> Open(string? module) =>
        plans.LoadStored(module).Then(stored => expander.Expand(stored).Then(bricks =>
        {
            var runId = PlanRevision.Hex(stored.Revision);
            return log.PathFor(stored.Plan.Module, runId).Map(file => new Run(stored, bricks, runId, file));
        }));

    private Result<(IReadOnlyList<BrickProgress> Bricks, IReadOnlyList<string> Warnings)> Progress(Run run) =>
        log.Read(run.LogFile).Map(content => RecipeProgress.From(run.Bricks, run.RunId, content));

    private static List<ToolError> Check(RecordStepRequest request, IReadOnlyList<ExpandedBrick> bricks)
    {
        var errors = new List<ToolError>();
        if (string.IsNullOrEmpty(request.Brick))
        {
            errors.Add(ToolError.Missing("/brick", "brick"));
        }
        else if (!bricks.Any(b => b.Name == request.Brick))
        {
            var names = bricks.Select(b => b.Name).Take(20);
            errors.Add(ToolError.Create(ErrorCodes.BrickUnknown, "/brick", $"The plan has no brick '{Preview.Of(request.Brick)}'.",
                $"Use a brick name as next_steps lists it: {string.Join(", ", names)}{(bricks.Count > 20 ? ", …" : "")}.").WithFound(request.Brick));
        }

        if (string.IsNullOrEmpty(request.Step))
        {
            errors.Add(ToolError.Missing("/step", "step"));
        }
        else if (!RecipeSteps.All.Contains(request.Step, StringComparer.Ordinal))
        {
            errors.Add(ToolError.Create(ErrorCodes.RecipeStepUnknown, "/step", $"'{Preview.Of(request.Step)}' is not a recipe step.",
                $"Use one of: {string.Join(", ", RecipeSteps.All)}.").WithFound(request.Step));
        }

        if (string.IsNullOrEmpty(request.Status))
        {
            errors.Add(ToolError.Missing("/status", "status"));
        }
        else if (!RecipeSteps.Statuses.Contains(request.Status, StringComparer.Ordinal))
        {
            errors.Add(ToolError.Create(ErrorCodes.RecipeStatusUnknown, "/status", $"'{Preview.Of(request.Status)}' is not a step status.",
                $"Use one of: {string.Join(", ", RecipeSteps.Statuses)} (pending reopens a step).").WithFound(request.Status));
        }

        if (request.Note is { Length: > MaxNoteLength } note)
        {
            errors.Add(ToolError.Create(ErrorCodes.RecipeNoteTooLong, "/note", $"The note is {note.Length} characters long; at most {MaxNoteLength} are accepted.",
                "Summarise what happened in a few sentences; put long output in a file and name it in the note.") with { Found = $"({note.Length} chars)" });
        }

        return errors;
    }

    private sealed record Run(StoredPlan Stored, IReadOnlyList<ExpandedBrick> Bricks, string RunId, WorkspacePath LogFile);
}
