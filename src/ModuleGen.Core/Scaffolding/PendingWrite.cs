using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Is one file a transaction will write: where, the complete new content, and whether it exists already; or,
/// with <paramref name="Delete"/>, an existing file it removes.</summary>
/// <param name="Path">The file.</param>
/// <param name="Content">The complete new content (ignored when deleting).</param>
/// <param name="Existed">Whether the file exists now (its bytes are kept until the commit succeeds).</param>
/// <param name="Delete">Remove the file instead of writing it.</param>
internal sealed record PendingWrite(WorkspacePath Path, string Content, bool Existed, bool Delete = false);
