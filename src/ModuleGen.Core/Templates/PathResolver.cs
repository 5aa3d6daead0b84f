namespace ModuleGen.Core.Templates;

/// <summary>Resolves a Handlebars path (<c>name.sub</c>, <c>this</c>, <c>../name</c>, <c>@root.name</c>, <c>@index</c>,
/// block parameters) against the open scopes; only maps are navigable, so strings, numbers and lists have no members.</summary>
internal static class PathResolver
{
    private static readonly HashSet<string> s_iterationData = new(StringComparer.Ordinal) { "@index", "@key", "@first", "@last" };

    public static PathResolution Resolve(string path, IReadOnlyList<TemplateScope> scopes, IReadOnlyDictionary<string, object?> model)
    {
        if (path.Contains('[') || path.Contains(']') || path.Length == 0)
        {
            return new PathResolution(new ResolvedValue(false, null, false), true, null);
        }

        if (s_iterationData.Contains(path))
        {
            var iterating = scopes.Any(s => s.Iterating);
            return new PathResolution(new ResolvedValue(iterating, iterating ? 0L : null, false), false, null);
        }

        if (path == "@root" || path.StartsWith("@root.", StringComparison.Ordinal) || path.StartsWith("@root/", StringComparison.Ordinal))
        {
            var segments = Segments(path[5..]);
            return Walk(model, segments, false, segments.Count > 0 ? segments[0] : null);
        }

        if (path.StartsWith('@'))
        {
            return new PathResolution(new ResolvedValue(false, null, false), false, null);
        }

        var rest = path;
        var up = 0;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            up++;
            rest = rest[3..];
        }

        var explicitThis = rest == "this" || rest == "." || rest.StartsWith("this.", StringComparison.Ordinal) ||
            rest.StartsWith("this/", StringComparison.Ordinal) || rest.StartsWith("./", StringComparison.Ordinal);
        if (explicitThis)
        {
            rest = rest == "this" || rest == "." ? "" : rest.StartsWith("./", StringComparison.Ordinal) ? rest[2..] : rest[5..];
        }

        var names = Segments(rest);
        if (up == 0 && !explicitThis && names.Count > 0 && BlockParameter(scopes, names[0]) is { } bound)
        {
            return Walk(bound.Value, names.Skip(1).ToArray(), bound.Permissive, null);
        }

        TemplateScope scope;
        if (up == 0)
        {
            scope = scopes[^1];
        }
        else
        {
            var contexts = scopes.Where(s => s.NewContext).Reverse().ToList();
            if (up >= contexts.Count)
            {
                return new PathResolution(new ResolvedValue(false, null, false), false, null);
            }

            scope = contexts[up];
        }

        var atRoot = ReferenceEquals(scope.Context, model);
        return Walk(scope.Context, names, scope.Permissive, atRoot && names.Count > 0 ? names[0] : null);
    }

    private static (object? Value, bool Permissive)? BlockParameter(IReadOnlyList<TemplateScope> scopes, string name)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (scopes[i].BlockParameters.TryGetValue(name, out var value))
            {
                return (value, scopes[i].Permissive);
            }
        }

        return null;
    }

    private static PathResolution Walk(object? start, IReadOnlyList<string> names, bool permissive, string? rootName)
    {
        if (permissive)
        {
            return new PathResolution(new ResolvedValue(true, null, true), false, null);
        }

        var current = start;
        foreach (var name in names)
        {
            if (current is IReadOnlyDictionary<string, object?> map && map.TryGetValue(name, out var next))
            {
                current = next;
            }
            else
            {
                return new PathResolution(new ResolvedValue(false, null, false), false, null);
            }
        }

        return new PathResolution(new ResolvedValue(true, current, false), false, rootName);
    }

    private static List<string> Segments(string path) =>
        path.Split(['.', '/'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
