using ModuleGen.Core.Execution;

namespace ModuleGen.Core.Verification;

/// <summary>Says which files a brick is expected to contain; verify_files checks the union of every source.</summary>
/// <remarks>The plan's own <c>files</c> list is one source (<see cref="PlanExpectedFiles"/>). The template packs add
/// another (the pack's file list and the answers file of the scaffolded module) by implementing this interface.</remarks>
public interface IExpectedFilesSource
{
    /// <summary>Returns the expected files relative to the brick's target_dir, or null when this source knows none.</summary>
    IReadOnlyList<string>? ExpectedFiles(ExpandedBrick brick);

    /// <summary>Names the expected files that are empty by design (e.g. a generated py.typed), so an empty file there
    /// is not a finding; paths relative to the brick's target_dir.</summary>
    IReadOnlyCollection<string> EmptyByDesign(ExpandedBrick brick) => [];

    /// <summary>Names the files a template pack rendered into the brick's folder: the only ones scanned for template
    /// syntax left unrendered and for stubs left for the agent; paths relative to the brick's target_dir.</summary>
    IReadOnlyCollection<string> Rendered(ExpandedBrick brick) => [];

    /// <summary>Returns glob patterns (relative to the brick's target_dir) of files the brick's layout expects beyond
    /// the listed ones, such as a Dagster project's further <c>defs/</c> modules: present, they are not unplanned.</summary>
    IReadOnlyList<string> Conventions(ExpandedBrick brick) => [];
}
