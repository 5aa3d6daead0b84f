using Markdig.Syntax;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Is the part of a document under a heading that starts with an ID (<c>### SCEN-OAGW-01: Title</c>): the ID,
/// the title, the phase section around it, the blocks below it and the IDs cited in all of it. <c>HasId</c> is false for a
/// numbered task heading without an ID (<c>### 1. Title</c>), whose <c>Id</c> carries the number and the heading text.</summary>
internal sealed record DefinedSection(IdOccurrence Id, string Title, PhaseSection? Section, IReadOnlyList<Block> Body, IReadOnlyList<IdOccurrence> References, bool HasId);
