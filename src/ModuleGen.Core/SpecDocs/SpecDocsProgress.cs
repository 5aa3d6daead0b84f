namespace ModuleGen.Core.SpecDocs;

/// <summary>Reports progress over spec folders: how many are done out of how many, and the one just checked.</summary>
public sealed record SpecDocsProgress(int Done, int Total, string Folder);
