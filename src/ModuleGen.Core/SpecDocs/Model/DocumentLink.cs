namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Records a relative Markdown link between documents, where it is written and the file it names.</summary>
/// <param name="File">The workspace-relative file holding the link.</param>
/// <param name="Line">The link's 1-based line.</param>
/// <param name="Column">The link's 1-based column.</param>
/// <param name="Target">The link target as written (without a <c>#fragment</c>).</param>
/// <param name="Resolved">The workspace-relative path the target names, or null when it leaves the workspace.</param>
public sealed record DocumentLink(string File, int Line, int Column, string Target, string? Resolved)
{
    /// <summary>Gets whether the resolved target exists in the workspace (null until the loader looked).</summary>
    public bool? Exists { get; init; }
}
