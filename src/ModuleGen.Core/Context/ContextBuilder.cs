using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Builds the <see cref="GenContext"/> for a module name: read-only, deterministic, bounded by the scan budget.</summary>
public sealed class ContextBuilder(ModuleGenWorkspace workspace, ITemplateLister templates)
{
    /// <summary>Builds the context, or refuses the module name (or a configured path) with the rule it broke.</summary>
    /// <remarks>Reports its four stages (modules, files, ports, stacks) to <paramref name="progress"/>; a cancelled call
    /// stops between stages and between folders of the scan (it writes nothing either way).</remarks>
    public Result<GenContext> Build(BuildContextRequest request, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // Read-only throughout, so one scan of the tree serves every stage: it is made first, where a cancelled call stops
        // between folders, and finding the modules (answers files, registries) reads it again from the snapshot.
        using var snapshot = ReadingSnapshot.Begin();
        return ModuleNameParser.Parse(request.Module).Then(names =>
        {
            var scan = WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan, cancellationToken);
            return ModuleLocator.Find(workspace).Then(modules =>
            {
                progress?.Report(new StepProgress(1, Stages, $"found {modules.Count} module(s)"));
                return ArtifactsFor(names, modules).Map(artifacts => Assemble(names, artifacts, modules, scan, progress, cancellationToken));
            });
        });
    }

    private const int Stages = 4;

    private GenContext Assemble(ModuleNames names, ModuleArtifacts artifacts, IReadOnlyList<ExistingModule> modules, WorkspaceScan scan, IProgress<StepProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new StepProgress(2, Stages, $"scanned {scan.Files.Count} file(s)"));
        var (ports, warnings) = PortScanner.Scan(workspace.Root, scan);
        progress?.Report(new StepProgress(3, Stages, $"found {ports.Count} port claim(s)"));
        cancellationToken.ThrowIfCancellationRequested();
        var stacks = StackDetector.Detect(workspace.Root, scan);
        progress?.Report(new StepProgress(4, Stages, $"detected {stacks.Count} stack(s)"));
        return new GenContext
        {
            Module = names,
            WorkspaceRoot = workspace.Root,
            Stacks = stacks,
            ExistingModules = modules,
            PortsInUse = ports,
            Templates = templates.List(),
            Artifacts = artifacts,
            Config = workspace.Config,
            Scan = new ScanSummary(scan.Files.Count, scan.FileBudget, scan.StoppedEarly, warnings),
        };
    }

    private Result<ModuleArtifacts> ArtifactsFor(ModuleNames names, IReadOnlyList<ExistingModule> modules)
    {
        var paths = workspace.Config.Paths;
        var docsFolder = $"{paths.BrickDocs}/{names.Snake}";
        return Status($"{paths.Plans}/{names.Snake}.json", "/config/paths/plans").Then(plan =>
            Status($"{docsFolder}/{names.Snake}.contract.md", "/config/paths/brick_docs").Then(contract =>
                Status($"{docsFolder}/{names.Snake}.impl_spec.md", "/config/paths/brick_docs").Then(spec =>
                    workspace.Guard.Resolve(docsFolder, "/config/paths/brick_docs").Then(docs =>
                        workspace.Guard.Resolve(ModuleLocator.SuggestFolder(workspace, modules, names.Snake), "/config/paths/module_roots/0").Map(target =>
                            new ModuleArtifacts(plan, contract, spec, BrickDocsIn(docs), target.RelativePath, target.Exists))))));
    }

    private Result<ArtifactStatus> Status(string path, string pointer) =>
        workspace.Guard.Resolve(path, pointer).Map(p => new ArtifactStatus(p.RelativePath, File.Exists(p.FullPath)));

    private static IReadOnlyList<string> BrickDocsIn(WorkspacePath folder) =>
        !Directory.Exists(folder.FullPath)
            ? []
            : Directory.GetFiles(folder.FullPath)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(n => n.EndsWith(".contract.md", StringComparison.Ordinal) || n.EndsWith(".impl_spec.md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n => $"{folder.RelativePath}/{n}")
                .ToArray();
}
