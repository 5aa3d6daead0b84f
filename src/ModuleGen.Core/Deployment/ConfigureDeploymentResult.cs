using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Deployment;

/// <summary>Reports a configured deployment: the files written (or that would be), the settings in force, and every
/// deployment the module now has.</summary>
/// <param name="Module">The module.</param>
/// <param name="Name">The deployment name.</param>
/// <param name="Strategy">git or rsync.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Changed">True when a file changed (or would).</param>
/// <param name="Changes">The config, the script and the answers file: create, overwrite or unchanged, with reasons.</param>
/// <param name="Settings">The settings as recorded (lists joined by spaces), sorted by key.</param>
/// <param name="Deployments">Every deployment name of the module after this call, sorted.</param>
/// <param name="Message">One sentence: what happened (or would).</param>
public sealed record ConfigureDeploymentResult(
    string Module,
    string Name,
    string Strategy,
    bool DryRun,
    bool Changed,
    IReadOnlyList<FileChange> Changes,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> Deployments,
    string Message);
