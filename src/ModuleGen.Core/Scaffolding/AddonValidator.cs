using ModuleGen.Core.Common;
using ModuleGen.Core.Templates;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Checks the chosen add-ons against a pack: each must be declared, chosen once, not conflict with another
/// chosen one, and come with the add-ons it requires. All problems are reported, each at /addons/&lt;i&gt;.</summary>
public static class AddonValidator
{
    /// <summary>Returns the chosen add-ons sorted, or every problem found.</summary>
    public static Result<IReadOnlyList<string>> Validate(PackManifest manifest, IReadOnlyList<string> chosen)
    {
        var declared = PackCatalogue.SymmetricAddons(manifest.Addons).ToDictionary(a => a.Name, StringComparer.Ordinal);
        var errors = new List<ToolError>();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < chosen.Count; i++)
        {
            var name = chosen[i];
            if (!declared.ContainsKey(name))
            {
                errors.Add(ToolError.Create(ErrorCodes.ScaffoldAddonUnknown, $"/addons/{i}", $"Pack '{manifest.Name}' has no add-on '{Preview.Of(name)}'.",
                    $"Add-ons of '{manifest.Name}': {List(declared.Keys)}.").WithFound(name));
            }
            else if (!firstIndex.TryAdd(name, i))
            {
                errors.Add(ToolError.Create(ErrorCodes.ScaffoldAddonDuplicate, $"/addons/{i}", $"The add-on '{name}' is chosen twice (also at /addons/{firstIndex[name]}).", "Pass each add-on once.").WithFound(name));
            }
        }

        foreach (var (name, index) in firstIndex)
        {
            foreach (var other in declared[name].Conflicts.Where(c => firstIndex.TryGetValue(c, out var j) && j < index))
            {
                errors.Add(ToolError.Create(ErrorCodes.ScaffoldAddonConflict, $"/addons/{index}", $"The add-on '{name}' cannot be combined with '{other}' (at /addons/{firstIndex[other]}).",
                    $"Choose either '{name}' or '{other}'.").WithFound(name));
            }

            foreach (var missing in declared[name].Requires.Where(r => !firstIndex.ContainsKey(r)))
            {
                errors.Add(ToolError.Create(ErrorCodes.ScaffoldAddonRequires, $"/addons/{index}", $"The add-on '{name}' requires the add-on '{missing}', which is not chosen.",
                    $"Add '{missing}' to the add-ons, or drop '{name}'.").WithFound(name));
            }
        }

        return errors.Count > 0
            ? Result<IReadOnlyList<string>>.Fail(errors.OrderBy(e => e.Pointer, StringComparer.Ordinal).ToArray())
            : Result<IReadOnlyList<string>>.Ok(firstIndex.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
