using ModuleGen.Core.Audit;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Finds a (host, port) two owners claim, from the same scan build_context uses (<see cref="PortScanner"/>):
/// the same port on two hosts (two compose services both listening on 4000) is no collision, and python_module-style
/// locations claim no port at all. A compose service and the registry entry that reaches it are one owner. Every claim
/// inside a module's folder belongs to that module, and a registry entry to the module it registers, so a module and its
/// own entry are one owner. Only ports a module or registry entry claims are checked: two .env files naming the same
/// database port (5432 in every module's .env.example) point at one server, not at two that collide.</summary>
internal static class PortCollisions
{
    public static IEnumerable<RegistryFinding> Find(ModuleGenWorkspace workspace, IReadOnlyList<RegistrySnapshot> registry, ModuleIndex index)
    {
        var scan = WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan);
        var (ports, _) = PortScanner.Scan(workspace.Root, scan);
        var entries = registry.SelectMany(r => r.EntriesOrNone).Where(e => e.Port is not null).ToArray();
        var folders = index.Folders.ToDictionary(f => f.Path, f => f.Name, StringComparer.Ordinal);
        foreach (var group in ports.GroupBy(p => (p.Host, p.Port)))
        {
            var claims = group.Select(use => (Use: use, Owner: Owner(use, group, entries, folders, index))).ToArray();
            if (claims.Select(c => c.Owner.Key).Distinct(StringComparer.Ordinal).Count() < 2 || !claims.Any(c => c.Use.Source is "answers" or "workspace_grpc_server"))
            {
                continue;
            }

            var at = claims.FirstOrDefault(c => c.Use.Source == "workspace_grpc_server").Use ?? claims[0].Use;
            var where = group.Key.Host == PortUse.Local ? $"Port {group.Key.Port}" : $"Port {group.Key.Port} on host '{group.Key.Host}'";
            yield return new RegistryFinding(ErrorCodes.RegistryPortCollision, Severity.Error,
                $"{where} is claimed by {claims.Select(c => c.Owner.Key).Distinct(StringComparer.Ordinal).Count()} owners: {string.Join("; ", claims.Select(c => $"{c.Use.File}:{c.Use.Line} ({c.Owner.Label})"))}.",
                "Give each module its own port: change grpc_port in the module's answers (re-scaffold with another port) and run workspace_add again, or fix the other claim.")
            {
                File = at.File,
                Line = at.Line,
                Module = claims.Select(c => c.Owner.Module).FirstOrDefault(m => m is not null),
            };
        }
    }

    // The module whose folder holds the file: its ancestors are looked up one by one, not every folder scanned.
    private static string? ModuleFolderOf(string file, Dictionary<string, string> folders)
    {
        for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            if (folders.TryGetValue(file[..slash], out var module))
            {
                return module;
            }
        }

        return null;
    }

    private static (string Key, string Label, string? Module) Owner(PortUse use, IEnumerable<PortUse> sameClaim, IReadOnlyList<RegistryEntry> entries, Dictionary<string, string> folders, ModuleIndex index)
    {
        if (ModuleFolderOf(use.File, folders) is { } owner)
        {
            return ($"module:{owner}", $"module {owner}", owner);
        }

        // A compose service is one owner in every compose file, and a registry entry that reaches the port the service
        // publishes is that service's entry, not a second server.
        if (use.Source == "docker_compose" && use.Service is { } service)
        {
            return ($"compose:{service}", $"compose service {service}", null);
        }

        if (use.Source == "workspace_grpc_server" && sameClaim.FirstOrDefault(c => c.Source == "docker_compose" && c.Service is not null) is { } served
            && ModuleFolderOf(served.File, folders) is null)
        {
            return ($"compose:{served.Service}", $"compose service {served.Service}", null);
        }

        if (use.Source == "answers")
        {
            var folder = use.File.Contains('/') ? use.File[..use.File.LastIndexOf('/')] : "";
            return ($"folder:{folder}", folder, null);
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
