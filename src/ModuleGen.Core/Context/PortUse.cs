namespace ModuleGen.Core.Context;

/// <summary>Records a port some file in the workspace already claims, on the host where it is claimed.</summary>
/// <param name="Port">The TCP port.</param>
/// <param name="File">Workspace-relative file that claims it.</param>
/// <param name="Line">1-based line of the claim.</param>
/// <param name="Source">workspace_grpc_server, docker_compose, env or answers.</param>
public sealed record PortUse(int Port, string File, int Line, string Source)
{
    /// <summary>The host every loopback spelling is read as: a port published by docker-compose and one on 127.0.0.1 meet there.</summary>
    public const string Local = "localhost";

    /// <summary>Gets the host the port is claimed on: a grpc_server entry's host (a compose service name, another
    /// machine), or <see cref="Local"/> for published compose ports, .env lines and answers without a host.</summary>
    public string Host { get; init; } = Local;

    /// <summary>Gets the docker-compose service that publishes the port (docker_compose claims only).</summary>
    public string? Service { get; init; }

    /// <summary>Reads a host as Dagster reaches it: loopback and any-address spellings are the local machine.</summary>
    public static string HostOf(string? host) =>
        string.IsNullOrWhiteSpace(host) || host.Trim() is "localhost" or "127.0.0.1" or "0.0.0.0" or "::1" or "::" ? Local : host.Trim().ToLowerInvariant();
}
