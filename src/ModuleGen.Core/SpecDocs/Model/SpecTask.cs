namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one top-level task: its heading or checkbox line, phase section, subtasks and the IDs it cites.</summary>
/// <param name="Id">The defining occurrence (the heading, or the task's ID); for a task without an ID, its number and the heading text.</param>
/// <param name="Title">The heading text after the ID.</param>
/// <param name="Section">The phase section the task sits in, if any.</param>
/// <param name="Subtasks">The subtask checkboxes.</param>
/// <param name="References">IDs cited in the heading, subtasks and other text of the task.</param>
public sealed record SpecTask(IdOccurrence Id, string Title, PhaseSection? Section, IReadOnlyList<Subtask> Subtasks, IReadOnlyList<IdOccurrence> References)
{
    /// <summary>Gets whether the heading names a <c>TASK-{M}-N</c> ID; false for <c>### 1. Title</c>.</summary>
    public bool HasId { get; init; } = true;

    /// <summary>Gets the task's own checkbox (a task written as a checkbox line: spec-kit, Kiro); null for a heading.</summary>
    public bool? Checked { get; init; }

    /// <summary>Gets whether the task is marked optional (Kiro <c>- [ ]* 1.</c>); an optional task never blocks a gate.</summary>
    public bool Optional { get; init; }

    /// <summary>Gets how messages name the task: its ID, or its heading in quotes when it has none.</summary>
    public string Name => HasId ? Id.Text : $"task '{Id.Text}'";

    /// <summary>Gets whether the task is done: its own checkbox (if any) is ticked and every required subtask is; a
    /// heading without subtasks is never done.</summary>
    public bool IsDone =>
        Subtasks.Count > 0
            ? Checked != false && Subtasks.Where(s => !s.Optional).All(s => s.Checked == true && s.NestedDone)
            : Checked == true;

    /// <summary>Gets whether anything required is left to do (an optional task or subtask left open does not count).</summary>
    public bool IsOpen => !Optional && !IsDone;
}
