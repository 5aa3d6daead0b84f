namespace ModuleGen.Core.Bricks;

/// <summary>Lists every brick's documents, in build order, with counts by status.</summary>
/// <param name="Module">The module.</param>
/// <param name="Revision">The plan revision the bricks come from.</param>
/// <param name="Bricks">One entry per (expanded) brick.</param>
/// <param name="Found">Documents that existed.</param>
/// <param name="Missing">Documents that do not exist (none when create_missing was true and every write succeeded).</param>
/// <param name="Created">Skeletons written by this call.</param>
public sealed record ResolveBrickSpecsResult(string Module, string Revision, IReadOnlyList<BrickSpecs> Bricks, int Found, int Missing, int Created);
