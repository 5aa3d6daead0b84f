namespace ModuleGen.Core.Bricks;

/// <summary>Locates one brick document and says whether it was found, is missing, or was just created.</summary>
/// <param name="Path">The workspace-relative path from the plan.</param>
/// <param name="Status">found, missing or created (see <see cref="BrickDocumentStatus"/>).</param>
public sealed record BrickDocument(string Path, string Status);
