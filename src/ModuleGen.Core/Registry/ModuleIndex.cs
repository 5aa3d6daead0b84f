using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Modules;

namespace ModuleGen.Core.Registry;

/// <summary>Knows, for one operation, every module folder and how each generated module registers, so registry entries
/// can be traced back to modules (by marker id, location name or folder).</summary>
internal sealed class ModuleIndex
{
    private readonly Dictionary<string, RegistrationPlan> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegistrationPlan> _byLocation = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folderNames = new(StringComparer.Ordinal);

    private ModuleIndex(IReadOnlyList<ExistingModule> folders, IReadOnlyList<(GeneratedModule Module, RegistrationPlan? Plan)> generated, IReadOnlyList<ToolError> problems)
    {
        Folders = folders;
        Generated = generated;
        Problems = problems;
        _folderNames.UnionWith(folders.Select(f => f.Name));
        foreach (var plan in generated.Select(g => g.Plan).OfType<RegistrationPlan>())
        {
            _byId.TryAdd(plan.Registration.Id, plan);
            _byLocation.TryAdd(plan.Registration.LocationName, plan);
        }
    }

    public IReadOnlyList<ExistingModule> Folders { get; }

    /// <summary>Gets the generated modules that could be read, with their registration (null: nothing to register).</summary>
    public IReadOnlyList<(GeneratedModule Module, RegistrationPlan? Plan)> Generated { get; }

    /// <summary>Gets why some generated modules could not be read (answers file, pack or variables).</summary>
    public IReadOnlyList<ToolError> Problems { get; }

    public IEnumerable<RegistrationPlan> Plans => Generated.Select(g => g.Plan).OfType<RegistrationPlan>();

    public static Result<ModuleIndex> Build(GeneratedModules modules, RegistrationResolver resolver) => modules.List().Map(all =>
    {
        var session = modules.Session();
        var generated = new List<(GeneratedModule, RegistrationPlan?)>();
        var problems = new List<ToolError>();
        foreach (var (_, read) in all)
        {
            if (!read.IsOk)
            {
                problems.AddRange(read.Errors);
                continue;
            }

            if (read.Value is not { } module)
            {
                continue;
            }

            var plan = resolver.Resolve(session, module);
            if (plan.IsOk)
            {
                generated.Add((module, plan.Value));
            }
            else
            {
                problems.AddRange(plan.Errors);
            }
        }

        return new ModuleIndex(all.Select(a => a.Folder).ToArray(), generated, problems);
    });

    /// <summary>Returns the registration whose blocks use this marker id.</summary>
    public RegistrationPlan? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Returns the registration that declares this location name.</summary>
    public RegistrationPlan? ByLocation(string? location) => location is null ? null : _byLocation.GetValueOrDefault(location);

    /// <summary>Tells whether a marker id still belongs to a module: a generated module registers under it, or a module
    /// folder of that name exists (kept conservatively: its block is not stale while the folder is there).</summary>
    public bool IdExists(string id) => _byId.ContainsKey(id) || _folderNames.Contains(id);

    /// <summary>Names the module an entry belongs to: by the block around it, else by its location name.</summary>
    public string? ModuleOf(RegistryEntry entry) =>
        (entry.Marker is { } id ? ById(id)?.Registration.Module ?? (_folderNames.Contains(id) ? id : null) : null)
        ?? ByLocation(entry.LocationName)?.Registration.Module;
}
