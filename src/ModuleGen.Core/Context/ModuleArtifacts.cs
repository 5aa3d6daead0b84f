namespace ModuleGen.Core.Context;

/// <summary>Lists what the workspace already holds for one module, and where new code for it would go.</summary>
/// <param name="Plan">The stored plan (paths.plans/&lt;module&gt;.json).</param>
/// <param name="Contract">The module's contract (paths.brick_docs/&lt;module&gt;/&lt;module&gt;.contract.md).</param>
/// <param name="Spec">The module's implementation spec (…/&lt;module&gt;.impl_spec.md).</param>
/// <param name="BrickDocs">Every *.contract.md and *.impl_spec.md already in the module's docs folder.</param>
/// <param name="SuggestedTargetDir">Where the snake_case-named folder goes: beside the modules under the first module root, else where the registered projects live (the root included), else under the first module root.</param>
/// <param name="TargetDirExists">True when the suggested folder exists already (pick another, or update it).</param>
public sealed record ModuleArtifacts(
    ArtifactStatus Plan,
    ArtifactStatus Contract,
    ArtifactStatus Spec,
    IReadOnlyList<string> BrickDocs,
    string SuggestedTargetDir,
    bool TargetDirExists);
