using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Finds the standard documents in a docs folder, leniently: <c>INTENT_DESIGN.md</c>, <c>1_INTENT_DESIGN.md</c>,
/// <c>01-intent_design.md</c> all name the intent design; a canonical name wins over a numbered one.</summary>
internal static partial class DocumentLocator
{
    /// <summary>Returns (kind, file name) for each kind found, in workflow order; <paramref name="names"/> are the folder's file names.</summary>
    public static IReadOnlyList<(SpecDocumentKind Kind, string Name)> Find(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToArray();
        var found = new List<(SpecDocumentKind, string)>();
        foreach (var (kind, stem) in SpecDocumentNames.All)
        {
            var matches = sorted.Where(n => Stem(n) is { } s && string.Equals(s, stem, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (matches.Length > 0)
            {
                found.Add((kind, matches.FirstOrDefault(m => m == stem + ".md") ?? matches[0]));
            }
        }

        return found;
    }

    private static string? Stem(string name)
    {
        var m = Numbered().Match(name);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^(?:[0-9]+[_\-. ]*)?([A-Za-z_]+)\.md$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
