namespace ModuleGen.Core.Scaffolding;

/// <summary>Records one marker block a scaffold injected, so a later run can tell its own output from hand edits.</summary>
/// <param name="Target">Workspace-relative file the block is in.</param>
/// <param name="Marker">The block's id.</param>
/// <param name="Sha256">Hash of the block's content as generated.</param>
public sealed record AnswersInjection(string Target, string Marker, string Sha256);
