namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Holds what a bounded scan of the module's code found: ID references, and whether the budget stopped it.</summary>
public sealed record SourceScan(IReadOnlyList<CodeReference> References, int FilesScanned, bool StoppedEarly);
