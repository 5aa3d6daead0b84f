using System.CommandLine;

namespace ModuleGen.Mcp.Cli;

/// <summary>Suggests the verbs or options closest to a mistyped token (edit distance, or a shared prefix).</summary>
internal static class DidYouMean
{
    public static IReadOnlyList<string> Suggest(string token, Command command)
    {
        var options = command.Options.Concat(Ancestors(command).SelectMany(c => c.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name));
        var candidates = token.StartsWith('-')
            ? options
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        return Closest(token.Split('=', 2)[0], candidates);
    }

    /// <summary>Returns up to three of <paramref name="candidates"/> closest to <paramref name="bare"/>.</summary>
    public static IReadOnlyList<string> Closest(string bare, IEnumerable<string> candidates)
    {
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(bare, c)))
            .Where(c => c.Distance <= Math.Max(2, bare.Length / 3) || (bare.Length >= 3 && c.Name.StartsWith(bare, StringComparison.Ordinal)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(c => c.Name)
            .ToList();
        return scored;
    }

    private static IEnumerable<Command> Ancestors(Command command) =>
        command.Parents.OfType<Command>().SelectMany(p => Ancestors(p).Prepend(p));

    /// <summary>Levenshtein distance; command-line words are short, so the plain two-row form is enough.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
