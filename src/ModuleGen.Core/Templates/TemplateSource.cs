using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Names a template text and where it starts, so errors can point at the file, line and column.</summary>
/// <param name="Name">The file label used in errors (pack-relative file, or the manifest for inline templates).</param>
/// <param name="Text">The template text.</param>
/// <param name="Origin">Where the text starts inside <paramref name="Name"/>; null means line 1, column 1.</param>
public sealed record TemplateSource(string Name, string Text, SourceLocation? Origin = null)
{
    /// <summary>Gets the files the template may include (its pack's), or null when it may include nothing.</summary>
    public ITemplateIncludes? Includes { get; init; }

    /// <summary>Maps a 1-based line and column inside <see cref="Text"/> to a location in the file.</summary>
    public SourceLocation At(int line, int column) => Origin is null
        ? new SourceLocation(Name, line, column)
        : new SourceLocation(Name, Origin.Line + line - 1, line == 1 ? Origin.Column + column - 1 : column);
}
