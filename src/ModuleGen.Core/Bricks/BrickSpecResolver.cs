using ModuleGen.Core.Common;
using ModuleGen.Core.Execution;
using ModuleGen.Core.Plans;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Bricks;

/// <summary>Locates each brick's contract and spec (paths from the plan, sub-plans expanded) and, when asked, writes
/// skeletons for the missing ones. An existing document is never overwritten.</summary>
/// <remarks>Every skeleton is rendered before the first is written, so a broken template writes nothing. Documents
/// are independent files: if a write fails part-way, the ones already written stay and a retry creates the rest.</remarks>
public sealed class BrickSpecResolver(ModuleGenWorkspace workspace, PlanStore plans, PlanExpander expander, BrickSkeletons skeletons, KeyedLocks locks)
{
    /// <summary>Resolves the documents of every brick of the module's stored plan.</summary>
    public Result<ResolveBrickSpecsResult> Resolve(ResolveBrickSpecsRequest request, CancellationToken cancellationToken = default) =>
        plans.LoadStored(request.Module).Then(stored => expander.Expand(stored).Then(bricks =>
        {
            var errors = new List<ToolError>();
            var docs = bricks.Select(b => (Brick: b,
                Contract: Locate(b, b.Brick.ContractPath, "contract_path", errors),
                Spec: Locate(b, b.Brick.SpecPath, "spec_path", errors))).ToArray();
            if (errors.Count > 0)
            {
                return Result<ResolveBrickSpecsResult>.Fail(errors);
            }

            var created = new HashSet<string>(StringComparer.Ordinal);
            if (request.CreateMissing)
            {
                var pending = Render(docs, errors);
                if (errors.Count > 0)
                {
                    return Result<ResolveBrickSpecsResult>.Fail(errors);
                }

                // A cancelled call stops here, before the first skeleton; once writing starts every skeleton is written.
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (path, text) in pending)
                {
                    var written = WriteIfAbsent(path, text);
                    if (!written.IsOk)
                    {
                        return Result<ResolveBrickSpecsResult>.Fail(written.Errors);
                    }

                    if (written.Value)
                    {
                        created.Add(path.RelativePath);
                    }
                }
            }

            var entries = docs.Select(d => new BrickSpecs(d.Brick.Name, d.Brick.Module, Status(d.Contract!, created), Status(d.Spec!, created))).ToArray();
            var all = entries.SelectMany(e => new[] { e.Contract, e.Spec }).ToArray();
            return Result<ResolveBrickSpecsResult>.Ok(new ResolveBrickSpecsResult(stored.Plan.Module, stored.Revision, entries,
                all.Count(d => d.Status == BrickDocumentStatus.Found), all.Count(d => d.Status == BrickDocumentStatus.Missing), all.Count(d => d.Status == BrickDocumentStatus.Created)));
        }));

    private WorkspacePath? Locate(ExpandedBrick brick, string path, string field, List<ToolError> errors)
    {
        var resolved = workspace.Guard.Resolve(path, brick.Pointer(field));
        if (!resolved.IsOk)
        {
            errors.AddRange(resolved.Errors);
            return null;
        }

        if (Directory.Exists(resolved.Value.FullPath))
        {
            errors.Add(ToolError.Create(ErrorCodes.BrickDocNotFile, brick.Pointer(field),
                $"The {field} of brick '{brick.Name}' (in {brick.PlanPath}), '{resolved.Value.RelativePath}', is a folder, not a document.",
                "Point the plan at a Markdown file, or move the folder away.").WithFound(resolved.Value.RelativePath));
        }

        return resolved.Value;
    }

    private List<(WorkspacePath Path, string Text)> Render(IEnumerable<(ExpandedBrick Brick, WorkspacePath? Contract, WorkspacePath? Spec)> docs, List<ToolError> errors)
    {
        var pending = new List<(WorkspacePath, string)>();
        foreach (var (brick, contract, spec) in docs)
        {
            foreach (var (path, render) in new[] { (contract!, (Func<ExpandedBrick, Result<string>>)skeletons.Contract), (spec!, skeletons.Spec) })
            {
                if (File.Exists(path.FullPath) || pending.Any(p => p.Item1.RelativePath == path.RelativePath))
                {
                    continue;
                }

                var text = render(brick);
                if (text.IsOk)
                {
                    pending.Add((path, text.Value));
                }
                else if (errors.Count == 0)
                {
                    errors.AddRange(text.Errors);
                }
            }
        }

        return pending;
    }

    private Result<bool> WriteIfAbsent(WorkspacePath path, string text)
    {
        return locks.Run(workspace, "doc:" + path.RelativePath, "resolve_brick_specs", () => File.Exists(path.FullPath)
            ? Result<bool>.Ok(false)
            : workspace.Writer.WriteText(path, text, "").Map(_ => true));
    }

    private static BrickDocument Status(WorkspacePath path, HashSet<string> created) =>
        new(path.RelativePath,
            created.Contains(path.RelativePath) ? BrickDocumentStatus.Created
            : File.Exists(path.FullPath) ? BrickDocumentStatus.Found
            : BrickDocumentStatus.Missing);
}
