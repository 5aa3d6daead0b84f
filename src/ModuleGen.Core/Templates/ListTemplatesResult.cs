using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Lists the packs available to the workspace, and the packs that could not be loaded with why.</summary>
/// <param name="Templates">Usable packs, by name.</param>
/// <param name="Problems">Broken packs or unusable search paths; each error names its file and line.</param>
public sealed record ListTemplatesResult(IReadOnlyList<TemplateSummary> Templates, IReadOnlyList<ToolError> Problems);
