namespace ModuleGen.Core.Registry;

/// <summary>Lists the registry kinds ModuleGen knows (stateless readers), for the places that need them without the
/// service container: the scaffold routes its workspace add-on through them to the same file workspace_add chooses.</summary>
public static class RegistryKinds
{
    /// <summary>Gets one instance of every built-in kind, in the order files are considered.</summary>
    public static IReadOnlyList<IWorkspaceRegistry> BuiltIn { get; } = [new DagsterWorkspaceYaml(), new DgToml(), new PyprojectDgWorkspace(), new SingleLocationRoot(), new DagsterCloudYaml(), new HelmValues()];
}
