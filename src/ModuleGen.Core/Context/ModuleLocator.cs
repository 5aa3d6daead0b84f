using ModuleGen.Core.Common;
using ModuleGen.Core.Registry;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Context;

/// <summary>Finds the workspace's modules wherever they live: the folders under the configured module roots, the
/// folders registry entries resolve to (a dg project's <c>path</c>; a location's <c>working_directory</c>,
/// <c>python_file</c> folder, or <c>module_name</c>/<c>package_name</c> package found in the workspace), and every folder
/// holding an answers file (symbolic links and skipped names excluded).</summary>
public static class ModuleLocator
{
    /// <summary>Returns the modules ordered by path; a module root that the guard refuses is an error. Registry files
    /// that cannot be read add nothing here (workspace_validate reports them). Within a <see cref="ReadingSnapshot"/>
    /// they are looked for once.</summary>
    public static Result<IReadOnlyList<ExistingModule>> Find(ModuleGenWorkspace workspace) =>
        ReadingSnapshot.Once((nameof(ModuleLocator), workspace), () => Look(workspace));

    private static Result<IReadOnlyList<ExistingModule>> Look(ModuleGenWorkspace workspace)
    {
        var modules = new SortedDictionary<string, ExistingModule>(StringComparer.Ordinal);
        var skip = new HashSet<string>(workspace.Config.Scan.SkipDirs, StringComparer.Ordinal);
        for (var i = 0; i < workspace.Config.Paths.ModuleRoots.Count; i++)
        {
            var root = workspace.Guard.Resolve(workspace.Config.Paths.ModuleRoots[i], $"/config/paths/module_roots/{i}");
            if (!root.IsOk)
            {
                return Result<IReadOnlyList<ExistingModule>>.Fail(root.Errors);
            }

            if (!Directory.Exists(root.Value.FullPath))
            {
                continue;
            }

            foreach (var d in new DirectoryInfo(root.Value.FullPath).GetDirectories().Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && !skip.Contains(d.Name)))
            {
                var path = root.Value.RelativePath.Length == 0 ? d.Name : $"{root.Value.RelativePath}/{d.Name}";
                modules.TryAdd(path, new ExistingModule(d.Name, path, Scaffolding.AnswersLocation.NamesIn(d.FullName).Count > 0));
            }
        }

        foreach (var (folder, entry) in Registered(workspace))
        {
            var module = modules.GetValueOrDefault(folder) ?? new ExistingModule(NameOf(folder), folder, Scaffolding.AnswersLocation.NamesIn(Path.Join(workspace.Root, folder)).Count > 0);
            modules[folder] = module with
            {
                Locations = entry.LocationName is { } location && !module.Locations.Contains(location, StringComparer.Ordinal) ? [.. module.Locations, location] : module.Locations,
                RegisteredIn = [.. module.RegisteredIn, $"{entry.File}:{entry.Line}"],
            };
        }

        foreach (var folder in Conventional(workspace, skip).Where(f => !modules.ContainsKey(f)))
        {
            modules[folder] = new ExistingModule(NameOf(folder), folder, Scaffolding.AnswersLocation.NamesIn(Path.Join(workspace.Root, folder)).Count > 0);
        }

        foreach (var answers in WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan).Files.Where(f => f.Contains('/', StringComparison.Ordinal) && Scaffolding.AnswersLocation.IsAnswersName(f[(f.LastIndexOf('/') + 1)..])))
        {
            var folder = answers[..answers.LastIndexOf('/')];
            if (!modules.ContainsKey(folder) && !skip.Contains(NameOf(folder)))
            {
                modules[folder] = new ExistingModule(NameOf(folder), folder, true);
            }
        }

        return Result<IReadOnlyList<ExistingModule>>.Ok(modules.Values.ToArray());
    }

    /// <summary>Returns the folder where a new module goes, beside its siblings: under the first module root when modules
    /// live there; else where the registered code locations live (their most common parent folder, the root included);
    /// else where the other modules live (code_locations/, projects/, packages/, …); under the first module root only
    /// when the repository has none.</summary>
    public static string SuggestFolder(ModuleGenWorkspace workspace, IReadOnlyList<ExistingModule> modules, string name)
    {
        var first = workspace.Config.Paths.ModuleRoots[0].Trim('/');
        first = first == "." ? "" : first;
        var underRoot = modules.Any(m => ParentOf(m.Path) == first);
        var parent = underRoot ? first : MostCommonParent(modules.Where(m => m.RegisteredIn.Count > 0)) ?? MostCommonParent(modules) ?? first;
        return parent.Length == 0 ? name : $"{parent}/{name}";
    }

    private static string? MostCommonParent(IEnumerable<ExistingModule> modules) =>
        modules.GroupBy(m => ParentOf(m.Path), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();

    // Folders real repositories keep code locations in: code_locations/<name>, projects/<name>, packages/<name>,
    // src/<package>/code_locations/<name>; a folder counts when it holds Python code (a project file or a package).
    private static IEnumerable<string> Conventional(ModuleGenWorkspace workspace, HashSet<string> skip)
    {
        var parents = new List<string> { "code_locations", "projects", "packages" };
        var src = Path.Join(workspace.Root, "src");
        if (Directory.Exists(src) && new DirectoryInfo(src).LinkTarget is null)
        {
            parents.AddRange(new DirectoryInfo(src).GetDirectories().Where(d => d.LinkTarget is null).OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => $"src/{d.Name}/code_locations"));
        }

        foreach (var parent in parents)
        {
            var full = Path.Join(workspace.Root, parent);
            if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
            {
                continue;
            }

            foreach (var d in new DirectoryInfo(full).GetDirectories().Where(d => d.LinkTarget is null && !d.Name.StartsWith('.') && !skip.Contains(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                if (new[] { "pyproject.toml", "setup.py", "__init__.py", "definitions.py", "src" }.Any(f => Path.Exists(Path.Join(d.FullName, f))))
                {
                    yield return $"{parent}/{d.Name}";
                }
            }
        }
    }

    private static string NameOf(string folder) => folder[(folder.LastIndexOf('/') + 1)..];

    private static string ParentOf(string folder) => folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";

    private static IEnumerable<(string Folder, RegistryEntry Entry)> Registered(ModuleGenWorkspace workspace)
    {
        var files = RegistryFile.Load(workspace, RegistryKinds.BuiltIn);
        foreach (var file in (files.IsOk ? files.Value : []).Where(f => f.Text is not null))
        {
            var entries = file.Kind.Read(file.Path.RelativePath, file.Text!);
            var baseFolder = ParentOf(file.Path.RelativePath);
            foreach (var entry in entries.IsOk ? entries.Value : [])
            {
                if (FolderOf(workspace, baseFolder, entry) is { } folder)
                {
                    yield return (folder, entry);
                }
            }
        }
    }

    // The folder an entry's code lives in, when it is inside the workspace; a package found nowhere here is installed.
    private static string? FolderOf(ModuleGenWorkspace workspace, string baseFolder, RegistryEntry entry)
    {
        var working = entry.WorkingDirectory is { } w ? Join(baseFolder, w) : baseFolder;
        string? folder = entry.Kind switch
        {
            "grpc_server" or "helm_deployment" when entry.Host is { } host => ServedFrom(workspace, host, entry.LocationName),
            "project_root" => null,
            "project" => entry.Path is { } p ? Join(baseFolder, p) : null,
            "python_file" or "cloud_location" when entry.Path is { } file => ParentOf(Join(working, file)),
            _ when entry.WorkingDirectory is not null => working,
            _ when entry.ModuleName is { } module => PackageFolder(workspace, working, module.Split('.')[0]),
            _ => null,
        };
        if (folder is null || folder.Length == 0 || workspace.Guard.Resolve(folder, "") is not { IsOk: true } resolved || !Directory.Exists(resolved.Value.FullPath))
        {
            return null;
        }

        // A src layout's project is the folder above src/.
        return resolved.Value.RelativePath.EndsWith("/src", StringComparison.Ordinal) ? resolved.Value.RelativePath[..^4] : resolved.Value.RelativePath;
    }

    // A gRPC-only location is served by a container: the compose service of its host name builds from the module's
    // folder (its build context, or the folder of its Dockerfile); else a root folder carries the host's or the location's name.
    private static string? ServedFrom(ModuleGenWorkspace workspace, string host, string? location)
    {
        foreach (var (compose, service) in ComposeServices(workspace).Where(s => s.Service.Name == host))
        {
            var folder = ParentOf(compose);
            var context = service.Context is { } c ? Join(folder, c) : folder;
            var candidate = context != folder ? context : service.Dockerfile is { } d && ParentOf(Join(context, d)) is { Length: > 0 } dockerFolder ? dockerFolder : null;
            if (candidate is not null)
            {
                return candidate;
            }
        }

        return new[] { host, location, location?.Replace('-', '_') }.OfType<string>().Where(n => n.Length > 0 && !n.Contains('/') && !n.Contains('.'))
            .FirstOrDefault(n => Directory.Exists(Path.Join(workspace.Root, n)));
    }

    private static IEnumerable<(string File, (string Name, string? Context, string? Dockerfile) Service)> ComposeServices(ModuleGenWorkspace workspace)
    {
        var scan = WorkspaceScanner.Scan(workspace.Root, workspace.Config.Scan);
        foreach (var file in scan.Named(n => (n.StartsWith("docker-compose", StringComparison.Ordinal) || n.StartsWith("compose", StringComparison.Ordinal)) && (n.EndsWith(".yml", StringComparison.Ordinal) || n.EndsWith(".yaml", StringComparison.Ordinal))))
        {
            string text;
            try
            {
                text = RegularFile.ReadAllText(Path.Join(workspace.Root, file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (YamlText.Parse(text).Stream is not { Documents.Count: > 0 } stream || stream.Documents[0].RootNode is not YamlDotNet.RepresentationModel.YamlMappingNode root
                || !root.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("services"), out var services) || services is not YamlDotNet.RepresentationModel.YamlMappingNode map)
            {
                continue;
            }

            foreach (var (key, value) in map.Children)
            {
                var build = value is YamlDotNet.RepresentationModel.YamlMappingNode body && body.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("build"), out var b) ? b : null;
                var context = build is YamlDotNet.RepresentationModel.YamlScalarNode s ? s.Value : Scalar(build, "context");
                yield return (file, ((key as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "", context, Scalar(build, "dockerfile")));
            }
        }
    }

    private static string? Scalar(YamlDotNet.RepresentationModel.YamlNode? node, string key) =>
        node is YamlDotNet.RepresentationModel.YamlMappingNode map && map.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(key), out var value) && value is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } text } ? text : null;

    private static string? PackageFolder(ModuleGenWorkspace workspace, string working, string package) =>
        // Without a working directory Dagster imports from where it runs, often the repository root (a container's /app).
        new[] { Join(working, package), Join(working, $"src/{package}"), package, $"src/{package}" }.FirstOrDefault(p => Directory.Exists(Path.Join(workspace.Root, p)));

    private static string Join(string folder, string path)
    {
        var parts = new List<string>();
        foreach (var part in (folder.Length == 0 ? path : $"{folder}/{path}").Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
