using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Locates a module's spec documents: its names, ID prefix, docs folder and code folder (all guarded).</summary>
/// <param name="Names">The module's normalised names.</param>
/// <param name="Prefix">The ID prefix (OAGW in REQ-OAGW-1).</param>
/// <param name="Folder">The docs folder (may not exist).</param>
/// <param name="CodeFolder">The module's folder scanned for code and test references, or null when none exists.</param>
public sealed record ModuleDocs(ModuleNames Names, string Prefix, WorkspacePath Folder, WorkspacePath? CodeFolder);
