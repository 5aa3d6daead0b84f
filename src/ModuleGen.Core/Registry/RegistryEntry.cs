namespace ModuleGen.Core.Registry;

/// <summary>Is one entry of a registry file: a workspace.yaml <c>load_from</c> item or a dg.toml project.</summary>
/// <param name="File">Workspace-relative registry file.</param>
/// <param name="Line">1-based line where the entry starts.</param>
/// <param name="Kind">grpc_server, python_module, python_file, python_package, module_name or project.</param>
public sealed record RegistryEntry(string File, int Line, string Kind)
{
    /// <summary>Gets the code location name, when the entry declares one.</summary>
    public string? LocationName { get; init; }

    /// <summary>Gets the gRPC host (grpc_server).</summary>
    public string? Host { get; init; }

    /// <summary>Gets the gRPC port (grpc_server).</summary>
    public int? Port { get; init; }

    /// <summary>Gets the Python module or package name (python_module, python_package, module_name).</summary>
    public string? ModuleName { get; init; }

    /// <summary>Gets the working directory the entry names, as written.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Gets a file or folder the entry points at, as written (python_file's relative_path, a dg project's path).</summary>
    public string? Path { get; init; }

    /// <summary>Gets whether the entry sits inside a ModuleGen marker block.</summary>
    public bool Managed { get; init; }

    /// <summary>Gets the marker id of the block around the entry.</summary>
    public string? Marker { get; init; }

    /// <summary>Gets whether that block was edited by hand (its content no longer matches the hash its start marker records).</summary>
    public bool HandEdited { get; init; }

    /// <summary>Gets the module the entry belongs to, when ModuleGen can tell.</summary>
    public string? Module { get; init; }
}
