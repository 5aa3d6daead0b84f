namespace ModuleGen.Core.Scaffolding;

/// <summary>Records one named deployment configure_deployment wrote for a module: its strategy, the validated settings,
/// and a hash per file it generated, so the deployment can be re-run, verified and audited.</summary>
/// <param name="Name">Deployment name (also the file name: deploy/&lt;name&gt;.yaml and .sh).</param>
/// <param name="Strategy">git or rsync.</param>
/// <param name="Settings">Settings by key, sorted: strings, whole numbers (long) or lists of strings.</param>
/// <param name="Files">Module-relative path → SHA-256 (hex) of the generated content, sorted by path.</param>
public sealed record AnswersDeployment(
    string Name,
    string Strategy,
    IReadOnlyList<KeyValuePair<string, object?>> Settings,
    IReadOnlyList<KeyValuePair<string, string>> Files);
