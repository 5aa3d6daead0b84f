using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Is one file a scaffold will write: where, the complete new content, and whether it exists already.</summary>
internal sealed record PendingWrite(WorkspacePath Path, string Content, bool Existed);
