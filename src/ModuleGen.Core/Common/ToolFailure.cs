namespace ModuleGen.Core.Common;

/// <summary>Carries the problems of a refused call as structured content: <c>{"errors": [...]}</c>.</summary>
public sealed record ToolFailure(IReadOnlyList<ToolError> Errors);
