namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds the parsed CHANGELOG.md: its title and versions, newest first as written.</summary>
/// <param name="File">The workspace-relative file.</param>
/// <param name="Title">The level-1 heading text, or null.</param>
/// <param name="TitleLine">The title's line, or 1 when there is none.</param>
/// <param name="Versions">The version headings in document order.</param>
public sealed record ChangelogDocument(string File, string? Title, int TitleLine, IReadOnlyList<ChangelogVersion> Versions);
