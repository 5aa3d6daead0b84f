namespace ModuleGen.Core.Updating;

/// <summary>Says what an update does, or would do, to one file.</summary>
public enum UpdateAction
{
    /// <summary>The pack generates a new file.</summary>
    Create,

    /// <summary>The file was not edited since it was generated and takes the new render.</summary>
    Replace,

    /// <summary>The file was edited; the user's edits and the pack's changes were merged without conflict.</summary>
    Merge,

    /// <summary>The file was edited where the pack changed it too; both sides are kept (inline markers or a .rej file).</summary>
    Conflict,

    /// <summary>The pack no longer generates the file and it was not edited, so it is removed.</summary>
    Delete,

    /// <summary>The file stays as it is although the pack's output differs (edited and no longer generated, deleted by
    /// the user, or a marker block edited by hand); the reason says which.</summary>
    Keep,

    /// <summary>A marker block in a file ModuleGen does not own is refreshed in place.</summary>
    Inject,

    /// <summary>A .rej file holding the pack's changes that could not be merged.</summary>
    Reject,

    /// <summary>The answers file or the base store records the new version, inputs and renders.</summary>
    Record,

    /// <summary>A pack migration moved the file (the entry names where; the new path's own entry says how it merged).</summary>
    Move,

    /// <summary>Nothing changes.</summary>
    Unchanged,
}
