namespace ModuleGen.Core.Plans;

/// <summary>Is one node of a Mermaid dependency graph: a brick's name, the text under it, and what it depends on.</summary>
/// <param name="Name">The brick's (possibly qualified) name.</param>
/// <param name="Detail">A second label line, e.g. the type or step statuses.</param>
/// <param name="DependsOn">Names of the nodes it depends on.</param>
public sealed record MermaidNode(string Name, string Detail, IReadOnlyList<string> DependsOn);
