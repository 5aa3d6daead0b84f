namespace ModuleGen.Core.Context;

/// <summary>Says where an artefact lives by default and whether it exists yet.</summary>
public sealed record ArtifactStatus(string Path, bool Exists);
