namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Holds one version heading of CHANGELOG.md (<c>## [0.2.0] - 2024-01-15</c> or <c>## [Unreleased]</c>).</summary>
/// <param name="Heading">The heading text.</param>
/// <param name="Version">The version as written (without brackets), or null when the heading names none.</param>
/// <param name="Bracketed">Whether the version was written in brackets (or as a link), as keepachangelog asks.</param>
/// <param name="Date">The date as written, or null.</param>
/// <param name="Line">The heading's 1-based line.</param>
/// <param name="Sections">The change-type sections.</param>
/// <param name="LooseEntries">Bullets directly under the version, outside any section.</param>
public sealed record ChangelogVersion(string Heading, string? Version, bool Bracketed, string? Date, int Line, IReadOnlyList<ChangelogSection> Sections, IReadOnlyList<ChangelogEntry> LooseEntries);
