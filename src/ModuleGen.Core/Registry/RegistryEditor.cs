using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Markers;

namespace ModuleGen.Core.Registry;

/// <summary>Edits the registry files in memory, block by block, before anything is written: adds or updates a module's
/// blocks, removes them, and never touches a block edited by hand unless asked to remove it. Every edited text is read
/// back by its registry kind, so an edit that would leave a file unreadable is refused.</summary>
internal sealed class RegistryEditor
{
    private readonly IReadOnlyList<RegistryFile> _files;
    private readonly Dictionary<string, string?> _current = new(StringComparer.Ordinal);
    private readonly List<RegistryChange> _changes = [];
    private readonly List<string> _warnings = [];

    public RegistryEditor(IReadOnlyList<RegistryFile> files)
    {
        _files = files;
        foreach (var file in files)
        {
            _current[file.Path.RelativePath] = file.Text;
        }
    }

    public IReadOnlyList<RegistryChange> Changes => _changes;

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Adds a warning for the result (e.g. a module that could not be read).</summary>
    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>Gets every file whose text changes, with its new text (null: the file is deleted).</summary>
    public IEnumerable<(RegistryFile File, string? Text)> Modified => _files.Where(f => _current[f.Path.RelativePath] != f.Text).Select(f => (f, _current[f.Path.RelativePath]));

    /// <summary>Puts a module's block into the one registry file <see cref="RegistryTarget"/> chooses (a dg workspace
    /// when there is one, else workspace.yaml, created when missing); a generated file is never edited.</summary>
    public Result<Unit> Add(RegistrationPlan plan)
    {
        var module = plan.Registration.Module;
        var present = _files.Select(f => f with { Text = _current[f.Path.RelativePath] }).ToArray();
        return RegistryTarget.Choose(present, plan.Registration).Then(file =>
        {
            if (plan.BlockFor(file.Path.RelativePath, file.Kind) is not { } block)
            {
                return ToolError.Create(ErrorCodes.RegistryNothingToRegister, "/module", $"The registry file '{file.Path.RelativePath}' ({file.Kind.Kind}) takes no entry the module '{module}' can write.",
                    "Add a registry file of a kind the module's pack writes (workspace.yaml or a dg workspace) to registry.files.").WithFound(module);
            }

            return Duplicate(file, block, plan.Registration) is { } duplicate
                ? Result<Unit>.Fail(duplicate)
                : Put(_files.First(f => f.Path.RelativePath == file.Path.RelativePath), block, module);
        });
    }

    /// <summary>Refuses an entry whose location name (or dg project path) the file already declares outside the module's
    /// own block: Dagster would refuse the workspace.</summary>
    public static ToolError? Duplicate(RegistryFile file, RegistryBlock block, ModuleRegistration registration)
    {
        var path = file.Path.RelativePath;
        if (file.Text is null || file.Kind.Read(path, file.Text) is not { IsOk: true } entries || file.Kind.ReadBlock(path, block.Content) is not { IsOk: true } added)
        {
            return null;
        }

        var own = MarkerBlock.Scan(file.Text, file.Kind.Comment).Find(block.Id);
        var others = entries.Value.Where(e => own is null || !own.Contains(e.Line)).ToArray();
        foreach (var entry in added.Value)
        {
            var clash = others.FirstOrDefault(o => (entry.LocationName is not null && o.LocationName == entry.LocationName) || (entry.Kind == "project" && o.Kind == "project" && o.Path == entry.Path));
            if (clash is not null)
            {
                var what = entry.LocationName is not null ? $"the code location '{entry.LocationName}'" : $"the project '{entry.Path}'";
                return ToolError.Create(ErrorCodes.RegistryLocationDuplicate, "/module", $"'{path}' already declares {what} (line {clash.Line}); registering '{registration.Module}' there would duplicate it, which Dagster refuses.",
                    "Choose another module name (the location is named after it), or remove the existing entry first if it is the same module.") with
                {
                    Found = path,
                    Location = new SourceLocation(path, clash.Line, 1),
                };
            }
        }

        return null;
    }

    /// <summary>Removes a module's blocks from every file; <paramref name="keepEdited"/> leaves blocks edited by hand in place.</summary>
    public Result<Unit> Remove(string module, string id, bool keepEdited)
    {
        var errors = new List<ToolError>();
        var found = false;
        foreach (var file in _files)
        {
            var path = file.Path.RelativePath;
            if (_current[path] is not { } text)
            {
                continue;
            }

            var scan = MarkerBlock.Scan(text, file.Kind.Comment);
            if (scan.ProblemsOf(id) is { Count: > 0 } problems)
            {
                errors.Add(Broken(path, id, problems));
                continue;
            }

            if (scan.Find(id) is not { } region)
            {
                continue;
            }

            found = true;
            if (region.IsEdited && keepEdited)
            {
                Record(path, module, id, RegistryChange.Kept, "The block was edited by hand since ModuleGen wrote it; it is kept. Remove it with workspace_remove, or by hand.", region.StartLine);
                continue;
            }

            var removed = MarkerBlock.Remove(text, region);
            var deleted = removed == file.Kind.InitialText;
            _current[path] = deleted ? null : removed;
            var reason = (region.IsEdited ? "Removes the block (it had been edited by hand; the backup keeps that content)" : "Removes the block") +
                (deleted ? "; the file then holds only what ModuleGen created it with, so it is deleted." : ".");
            Record(path, module, id, RegistryChange.Remove, reason, region.StartLine);
        }

        if (!found && errors.Count == 0)
        {
            _changes.Add(new RegistryChange("", module, id, RegistryChange.Absent, "No registry file holds a block for this module; nothing to remove."));
        }

        return errors.Count > 0 ? Result<Unit>.Fail(errors) : Result<Unit>.Ok(Unit.Value);
    }

    private Result<Unit> Put(RegistryFile file, RegistryBlock block, string module)
    {
        var path = file.Path.RelativePath;
        var text = _current[path] ?? file.Kind.InitialText!;
        block = file.Kind is DagsterWorkspaceYaml ? block with { Content = SiblingKeys.Mirror(text, block.Content) } : block;
        var scan = MarkerBlock.Scan(text, block.Comment);
        if (scan.ProblemsOf(block.Id) is { Count: > 0 } problems)
        {
            return Broken(path, block.Id, problems);
        }

        string edited;
        var hash = MarkerBlock.HashOf(block.Content);
        if (scan.Find(block.Id) is { } region)
        {
            if (region.ActualHash == hash && region.RecordedHash == hash)
            {
                Record(path, module, block.Id, RegistryChange.Unchanged, "The block already holds exactly this entry.", region.StartLine);
                return Result<Unit>.Ok(Unit.Value);
            }

            if (region.IsEdited || (region.RecordedHash is null && region.ActualHash != hash))
            {
                Record(path, module, block.Id, RegistryChange.Kept, "The block was edited by hand; ModuleGen leaves it as it is (workspace_validate reports it).", region.StartLine);
                return Result<Unit>.Ok(Unit.Value);
            }

            edited = MarkerBlock.Replace(text, region, block.Content, block.Comment);
            Record(path, module, block.Id, RegistryChange.Update, region.RecordedHash is null ? "Records the content hash in a block written without one." : "Updates the block to what the module's answers file now says.", region.StartLine);
        }
        else
        {
            if (file.Kind.CannotHold(path, text) is { } cannot)
            {
                return cannot;
            }

            var anchor = block.Anchor is null ? null : new Regex(block.Anchor, RegexOptions.None, TimeSpan.FromSeconds(1));
            var at = file.Kind.InsertionLine(text) ?? (anchor is null ? MarkerText.Parse(text).Count : MarkerBlock.AnchorIndex(text, anchor));
            if (at is null && EmptyFlowList.Open(text, anchor!) is { } opened)
            {
                text = opened;
                at = MarkerBlock.AnchorIndex(text, anchor!);
            }

            if (at is null)
            {
                return ToolError.Create(ErrorCodes.RegistryAnchorMissing, "/module", $"'{path}' has no line matching '{block.Anchor}', after which the block for '{module}' goes.",
                    FlowListHint.For(text, anchor!) ?? "Add the line (for workspace.yaml: 'load_from:' at the start of a line) and try again.") with { Found = path, Location = new SourceLocation(path, 1, 1) };
            }

            var (content, indent) = YamlSequenceIndent.Match(text, anchor, block.Content, block.Indent);
            edited = MarkerBlock.Insert(text, at.Value, block.Id, content, block.Comment, indent);
            Record(path, module, block.Id, RegistryChange.Add, _current[path] is null ? "Creates the file with the module's block." : "Adds the module's block.", null);
        }

        if (file.Kind.Read(path, edited) is { IsOk: false } unreadable)
        {
            return ToolError.Create(ErrorCodes.RegistryResultInvalid, "/module", $"Putting the block for '{module}' into '{path}' would leave it unreadable: {unreadable.Errors[0].Message}",
                "Check the file around the anchor line (indentation, a flow-style list) and fix it by hand first.").WithFound(path);
        }

        _current[path] = edited;
        return Result<Unit>.Ok(Unit.Value);
    }

    private void Record(string file, string module, string id, string action, string reason, int? line)
    {
        _changes.Add(new RegistryChange(file, module, id, action, reason) { Line = line });
        if (action == RegistryChange.Kept)
        {
            _warnings.Add($"{file}:{line}: the block '{id}' was edited by hand and is kept as it is.");
        }
    }

    private static ToolError Broken(string path, string id, IReadOnlyList<MarkerProblem> problems) =>
        ToolError.Create(ErrorCodes.RegistryMarkerBroken, "/module", $"The marker block '{id}' in '{path}' is broken: {string.Join("; ", problems.Select(p => $"line {p.Line}: {p.Reason}"))}.",
            "Repair the marker lines by hand (one start and one end line per block), then try again.") with { Found = path, Location = new SourceLocation(path, problems[0].Line, 1) };
}
