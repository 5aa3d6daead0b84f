using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Is one step of a pack migration. Paths are relative to the module's folder and, like every text value here,
/// rendered with the module's answers (Scriban, as destinations are).</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Target">The path (move, delete, edit), the variable (rename_variable, set_variable) or the agent step's id.</param>
/// <param name="To">The new path (move) or the new variable name (rename_variable).</param>
/// <param name="Value">The value template (set_variable).</param>
/// <param name="Marker">The marker block's id (edit).</param>
/// <param name="Source">A file under the pack's files/: the snippet (edit) or the Markdown instructions (agent).</param>
public sealed record MigrationStep(MigrationStep.StepKind Kind, string Target, string? To = null, string? Value = null, string? Marker = null, string? Source = null)
{
    /// <summary>Gets where the step starts in template.yaml (templates in it report errors from there).</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Names the kinds of step, as template.yaml spells them (snake_case).</summary>
    public enum StepKind
    {
        /// <summary>Move a file or a folder (with everything in it, generated or not), its recorded hash and its base.</summary>
        Move,

        /// <summary>Delete a generated file the user has not edited; an edited one is kept and flagged.</summary>
        Delete,

        /// <summary>Give a recorded variable a new name.</summary>
        RenameVariable,

        /// <summary>Set a recorded variable to a rendered value.</summary>
        SetVariable,

        /// <summary>Replace the content of a ModuleGen marker block with a rendered snippet (kept when edited by hand).</summary>
        Edit,

        /// <summary>Instructions for the agent (Markdown rendered with the answers), returned as pending work.</summary>
        Agent,
    }
}
