using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Finds ports two owners claim, from the same scan build_context uses (<see cref="PortScanner"/>). A module's
/// answers file and its own registry entry are one owner; anything else claiming the same port is a collision.</summary>
internal static class PortCollisions
{
    public static IEnumerable<RegistryFinding> Find(ModuleGenWorkspace workspace, IReadOnlyList<RegistrySnapshot> registry, ModuleIndex index)
    {
        var scan = WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan);
        var (ports, _) = PortScanner.Scan(workspace.Root, scan);
        var entries = registry.SelectMany(r => r.EntriesOrNone).Where(e => e.Port is not null).ToArray();
        var folders = index.Folders.ToDictionary(f => f.Path, f => f.Name, StringComparer.Ordinal);
        foreach (var group in ports.GroupBy(p => p.Port))
        {
            var claims = group.Select(use => (Use: use, Owner: Owner(use, entries, folders, index))).ToArray();
            if (claims.Select(c => c.Owner.Key).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var at = claims.FirstOrDefault(c => c.Use.Source == "workspace_grpc_server").Use ?? claims[0].Use;
            yield return new RegistryFinding(ErrorCodes.RegistryPortCollision, Severity.Error,
                $"Port {group.Key} is claimed by {claims.Select(c => c.Owner.Key).Distinct(StringComparer.Ordinal).Count()} owners: {string.Join("; ", claims.Select(c => $"{c.Use.File}:{c.Use.Line} ({c.Owner.Label})"))}.",
                "Give each module its own port: change grpc_port in the module's answers (re-scaffold with another port) and run workspace_add again, or fix the other claim.")
            {
                File = at.File,
                Line = at.Line,
                Module = claims.Select(c => c.Owner.Module).FirstOrDefault(m => m is not null),
            };
        }
    }

    private static (string Key, string Label, string? Module) Owner(PortUse use, IReadOnlyList<RegistryEntry> entries, Dictionary<string, string> folders, ModuleIndex index)
    {
        if (use.Source == "answers")
        {
            var folder = use.File.Contains('/') ? use.File[..use.File.LastIndexOf('/')] : "";
            return folders.TryGetValue(folder, out var name) ? ($"module:{name}", $"module {name}", name) : ($"folder:{folder}", folder, null);
        }

        if (use.Source == "workspace_grpc_server")
        {
            var entry = entries.Where(e => e.File == use.File && e.Port == use.Port && e.Line <= use.Line).MaxBy(e => e.Line);
            var module = entry is null ? null : entry.Module ?? index.ModuleOf(entry);
            return module is not null ? ($"module:{module}", $"module {module}", module) : ($"entry:{use.File}:{use.Line}", $"location {entry?.LocationName ?? "?"}", null);
        }

        return ($"file:{use.File}:{use.Line}", use.Source, null);
    }
}
