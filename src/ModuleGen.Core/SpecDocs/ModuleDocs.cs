using ModuleGen.Core.Context;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Locates one set of spec documents: its names, ID prefix, folder and code folder (all guarded).</summary>
/// <param name="Names">The set's names: a module's normalised names, or a spec folder's name as written in every form.</param>
/// <param name="Prefix">The pipeline ID prefix (OAGW in REQ-OAGW-1); empty for a set that is not a module.</param>
/// <param name="Folder">The docs folder (may not exist).</param>
/// <param name="CodeFolder">The module's folder scanned for code and test references, or null when none exists.</param>
public sealed record ModuleDocs(ModuleNames Names, string Prefix, WorkspacePath Folder, WorkspacePath? CodeFolder)
{
    /// <summary>Gets the format the folder is read as when modulegen.yaml pins one; null to detect it from the files.</summary>
    public SpecFormat? Format { get; init; }

    /// <summary>Gets the OpenSpec change the call is about (the module argument named a change), or null.</summary>
    public string? Focus { get; init; }
}
