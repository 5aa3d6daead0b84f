namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one top-level task of TASKS.md: its heading, phase section, subtasks and the IDs it cites.</summary>
/// <param name="Id">The defining occurrence (the heading); for a task without an ID, its number and the heading text.</param>
/// <param name="Title">The heading text after the ID.</param>
/// <param name="Section">The phase section the task sits in, if any.</param>
/// <param name="Subtasks">The subtask bullets.</param>
/// <param name="References">IDs cited in the heading, subtasks and other text of the task.</param>
public sealed record SpecTask(IdOccurrence Id, string Title, PhaseSection? Section, IReadOnlyList<Subtask> Subtasks, IReadOnlyList<IdOccurrence> References)
{
    /// <summary>Gets whether the heading names a <c>TASK-{M}-N</c> ID; false for <c>### 1. Title</c>.</summary>
    public bool HasId { get; init; } = true;

    /// <summary>Gets how messages name the task: its ID, or its heading in quotes when it has none.</summary>
    public string Name => HasId ? Id.Text : $"task '{Id.Text}'";

    /// <summary>Gets whether the task is done: it has subtasks and every one is checked.</summary>
    public bool IsDone => Subtasks.Count > 0 && Subtasks.All(s => s.Checked == true);
}
