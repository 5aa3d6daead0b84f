using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Scaffolding;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Checks the registry against the modules: broken or hand-edited marker blocks, entries pointing at modules
/// or paths that do not exist, duplicate location names and projects, port collisions, and modules that asked to be
/// registered (the workspace add-on) but are not. Read-only; every finding names its file and line.</summary>
internal static class RegistryValidator
{
    public static IReadOnlyList<RegistryFinding> Validate(ModuleGenWorkspace workspace, IReadOnlyList<RegistrySnapshot> registry, ModuleIndex index)
    {
        var findings = new List<RegistryFinding>();
        foreach (var snapshot in registry.Where(s => s.File.Text is not null))
        {
            var file = snapshot.File.Path.RelativePath;
            findings.AddRange(snapshot.Markers.Problems.Select(p => At(ErrorCodes.RegistryMarkerBroken, Severity.Error, file, p.Line,
                $"The marker block '{p.Id}' is broken: {p.Reason}.", "Repair the marker lines by hand: one start and one end line per block.", index.ById(p.Id)?.Registration.Module)));
            if (!snapshot.Entries.IsOk)
            {
                var error = snapshot.Entries.Errors[0];
                findings.Add(At(ErrorCodes.RegistryFileInvalid, Severity.Error, file, error.Location?.Line, error.Message, error.Hint, null));
                continue;
            }

            foreach (var region in snapshot.Markers.Regions)
            {
                var module = index.ById(region.Id)?.Registration.Module;
                if (region.IsEdited)
                {
                    findings.Add(At(ErrorCodes.RegistryBlockEdited, Severity.Warning, file, region.StartLine,
                        $"The managed block '{region.Id}' was edited by hand: its content no longer matches the hash its start marker records.",
                        "Keep the edit by moving it out of the marker block (then run workspace_remove and workspace_add), or restore the block from .modulegen/backups/.", module));
                }

                if (!index.IdExists(region.Id))
                {
                    findings.Add(At(ErrorCodes.RegistryEntryModuleMissing, Severity.Error, file, region.StartLine,
                        $"The managed block '{region.Id}' registers a module that no longer exists.", $"Run workspace_remove with module '{region.Id}' (or workspace_sync) to drop the block.", null));
                }
            }

            findings.AddRange(snapshot.File.Kind.Check(file, snapshot.File.Text!));

            // Paths in Dagster+ and Helm files are paths in the location's image or build; a workspace.yaml a container
            // reads names container paths when they are absolute.
            if (snapshot.File.Kind.Editable)
            {
                findings.AddRange(MissingPaths(workspace, file, snapshot.EntriesOrNone, snapshot.File.InContainer));
            }
        }

        findings.AddRange(Duplicates(registry));
        findings.AddRange(PortCollisions.Find(workspace, registry, index));
        findings.AddRange(NotRegistered(workspace, registry, index));
        return findings.OrderBy(f => f.File ?? "", StringComparer.Ordinal).ThenBy(f => f.Line ?? 0).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<RegistryFinding> MissingPaths(ModuleGenWorkspace workspace, string file, IReadOnlyList<RegistryEntry> entries, bool inContainer)
    {
        var folder = file.Contains('/') ? file[..file.LastIndexOf('/')] : "";
        foreach (var entry in entries)
        {
            if (entry.Kind is "python_module" or "module_name" or "python_package" && entry.ModuleName is { } module && !(entry.WorkingDirectory?.StartsWith('/') ?? false)
                && MissingPackage(workspace, folder, entry, module) is { } missing)
            {
                yield return missing;
                continue;
            }

            var target = entry.Kind == "python_file" ? entry.Path : entry.Kind == "project" ? entry.Path : entry.WorkingDirectory;
            if (target is null || (inContainer && target.StartsWith('/')))
            {
                continue;
            }

            if (target.StartsWith('/') || (target.Length > 1 && target[1] == ':'))
            {
                yield return At(ErrorCodes.RegistryEntryModuleMissing, Severity.Info, file, entry.Line,
                    $"The {entry.Kind} entry{(entry.LocationName is null ? "" : $" '{entry.LocationName}'")} names the absolute path '{target}', outside this checkout; ModuleGen cannot check it (a path on the machine or in the container that runs Dagster).",
                    "Nothing to do if the path exists where Dagster runs; a path relative to the workspace.yaml keeps the file portable.", entry.Module);
                continue;
            }

            var resolved = workspace.Guard.Resolve(folder.Length == 0 ? target : $"{folder}/{target}", "");
            if (!resolved.IsOk || !Path.Exists(resolved.Value.FullPath))
            {
                yield return At(ErrorCodes.RegistryEntryModuleMissing, Severity.Error, file, entry.Line,
                    $"The {entry.Kind} entry{(entry.LocationName is null ? "" : $" '{entry.LocationName}'")} points at '{target}', which {(resolved.IsOk ? "does not exist" : "is outside the workspace")}.",
                    entry.Managed ? $"Run workspace_sync (or workspace_remove '{entry.Marker}') to drop the block." : "Fix or remove the entry by hand.", entry.Module);
            }
        }
    }

    // A module entry's package must be in its working directory (or beside the registry file, or under src/); without a
    // working directory it may be an installed package, which ModuleGen cannot see: that is said, not called an error.
    private static RegistryFinding? MissingPackage(ModuleGenWorkspace workspace, string folder, RegistryEntry entry, string module)
    {
        var package = module.Split('.')[0];
        var working = entry.WorkingDirectory is { } w ? (folder.Length == 0 ? w : $"{folder}/{w}") : folder;
        var candidates = new[] { package, $"{package}.py", $"src/{package}" }.Select(c => working.Length == 0 ? c : $"{working}/{c}");
        if (candidates.Any(c => workspace.Guard.Resolve(c, "") is { IsOk: true } p && Path.Exists(p.Value.FullPath)))
        {
            return null;
        }

        var where = working.Length == 0 ? "the workspace root" : $"'{working}'";
        return entry.WorkingDirectory is null
            ? At(ErrorCodes.RegistryEntryModuleMissing, Severity.Info, entry.File, entry.Line,
                $"The {entry.Kind} entry{(entry.LocationName is null ? "" : $" '{entry.LocationName}'")} loads '{module}', which is not in {where}; ModuleGen cannot tell whether it is an installed package.",
                "Nothing to do if the package is installed in Dagster's environment; else set working_directory to the folder that holds it.", entry.Module)
            : At(ErrorCodes.RegistryEntryModuleMissing, Severity.Error, entry.File, entry.Line,
                $"The {entry.Kind} entry{(entry.LocationName is null ? "" : $" '{entry.LocationName}'")} loads '{module}', which does not exist in {where}.",
                entry.Managed ? $"Run workspace_sync (or workspace_remove '{entry.Marker}') to drop the block." : "Fix the module name or working_directory, or remove the entry by hand.", entry.Module);
    }

    private static IEnumerable<RegistryFinding> Duplicates(IReadOnlyList<RegistrySnapshot> registry)
    {
        var entries = registry.SelectMany(r => r.EntriesOrNone).ToArray();
        // Each registry file is one deployment's view (workspace.yaml for OSS, dagster_cloud.yaml for Dagster+): the same
        // location in two of them is the same code, not a duplicate.
        foreach (var group in entries.Where(e => e.Kind != "project" && e.LocationName is not null).GroupBy(e => (e.File, e.LocationName!)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var entry in group.Skip(1))
            {
                yield return At(ErrorCodes.RegistryLocationDuplicate, Severity.Error, entry.File, entry.Line,
                    $"The code location name '{group.Key.Item2}' is declared again (first at {first.File}:{first.Line}); Dagster refuses duplicate location names.",
                    "Give each entry its own location_name, or remove the duplicate.", entry.Module);
            }
        }

        foreach (var group in entries.Where(e => e.Kind == "project" && e.Path is not null).GroupBy(e => (e.File, e.Path!)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var entry in group.Skip(1))
            {
                yield return At(ErrorCodes.RegistryProjectDuplicate, Severity.Error, entry.File, entry.Line,
                    $"The project '{entry.Path}' is listed again (first at line {first.Line}).", "Remove the duplicate [[workspace.projects]] element.", entry.Module);
            }
        }
    }

    private static IEnumerable<RegistryFinding> NotRegistered(ModuleGenWorkspace workspace, IReadOnlyList<RegistrySnapshot> registry, ModuleIndex index)
    {
        var entries = registry.SelectMany(r => r.EntriesOrNone).ToArray();
        foreach (var (module, plan) in index.Generated.Where(g => g.Plan is { Registration.Requested: true }))
        {
            var registration = plan!.Registration;
            if (entries.Any(e => e.Marker == registration.Id || e.Module == registration.Module || e.LocationName == registration.LocationName))
            {
                continue;
            }

            yield return At(ErrorCodes.RegistryNotRegistered, Severity.Warning, module.AnswersPath, AddonLine(workspace, module.AnswersPath),
                $"The module '{registration.Module}' chose the workspace add-on but no registry file registers it.", $"Run workspace_add with module '{registration.Module}' (or workspace_sync).", registration.Module);
        }
    }

    private static int? AddonLine(ModuleGenWorkspace workspace, string answersPath)
    {
        var path = workspace.Guard.Resolve(answersPath, "");
        try
        {
            var lines = path.IsOk ? RegularFile.ReadAllLines(path.Value.FullPath) : [];
            var index = Array.FindIndex(lines, l => l.Trim() == $"- {DoubleQuoted.Of(RegistrationResolver.WorkspaceAddon)}");
            return index < 0 ? null : index + 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static RegistryFinding At(string code, Severity severity, string file, int? line, string message, string hint, string? module) =>
        new(code, severity, message, hint) { File = file, Line = line, Module = module };
}
