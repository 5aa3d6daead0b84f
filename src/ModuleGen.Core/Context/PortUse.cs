namespace ModuleGen.Core.Context;

/// <summary>Records a port some file in the workspace already claims.</summary>
/// <param name="Port">The TCP port.</param>
/// <param name="File">Workspace-relative file that claims it.</param>
/// <param name="Line">1-based line of the claim.</param>
/// <param name="Source">workspace_grpc_server, docker_compose, env or answers.</param>
public sealed record PortUse(int Port, string File, int Line, string Source);
