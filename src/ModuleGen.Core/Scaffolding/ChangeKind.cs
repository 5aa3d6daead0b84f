namespace ModuleGen.Core.Scaffolding;

/// <summary>Says what a scaffold does, or would do, to one file.</summary>
public enum ChangeKind
{
    /// <summary>The file does not exist and is created.</summary>
    Create,

    /// <summary>The file exists with other content and is replaced (on_conflict=overwrite, or the answers file).</summary>
    Overwrite,

    /// <summary>The file exists with other content and is kept (on_conflict=skip).</summary>
    Skip,

    /// <summary>A marker block is added to, or updated in, a file ModuleGen does not own.</summary>
    Inject,

    /// <summary>The file (or marker block) already has exactly the content that would be written.</summary>
    Unchanged,

    /// <summary>The file exists with other content and on_conflict=fail: applying would be refused.</summary>
    Conflict,

    /// <summary>The file exists with other content and is merged with the render (on_conflict=merge).</summary>
    Merge,
}
