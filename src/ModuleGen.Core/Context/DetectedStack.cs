namespace ModuleGen.Core.Context;

/// <summary>Names a technology found in the workspace and the files that gave it away.</summary>
/// <param name="Name">python, dagster, node, dotnet, rust or go.</param>
/// <param name="Evidence">Up to <see cref="StackDetector.MaxEvidence"/> workspace-relative files, sorted.</param>
/// <param name="EvidenceCount">How many files in all pointed at this stack.</param>
public sealed record DetectedStack(string Name, IReadOnlyList<string> Evidence, int EvidenceCount);
