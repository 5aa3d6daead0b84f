namespace ModuleGen.Core.Deployment;

/// <summary>Asks to write (or update) one named deployment of a generated module.</summary>
/// <param name="Module">The module's folder name (or its snake_case / kebab-case form).</param>
/// <param name="Name">Deployment name: the files are deploy/&lt;name&gt;.yaml and deploy/&lt;name&gt;.sh in the module.</param>
/// <param name="Strategy">git or rsync.</param>
/// <param name="Settings">Settings by key: strings, whole numbers (long) or lists of strings.</param>
/// <param name="DryRun">Return the change set with diffs, write nothing.</param>
public sealed record ConfigureDeploymentRequest(
    string? Module,
    string? Name,
    string? Strategy,
    IReadOnlyDictionary<string, object?> Settings,
    bool DryRun = false);
