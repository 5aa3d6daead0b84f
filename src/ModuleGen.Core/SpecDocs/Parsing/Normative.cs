using System.Text.RegularExpressions;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Finds the normative keywords (RFC 2119 capitals: MUST, SHALL, SHOULD, MAY) a statement uses.</summary>
internal static partial class Normative
{
    private static readonly string[] s_keywords = ["MUST", "SHALL", "SHOULD", "MAY"];

    /// <summary>Returns the keywords used, in order of first use, each once.</summary>
    public static IReadOnlyList<string> Keywords(string text)
    {
        List<string>? found = null;
        Add(text, ref found);
        return found is null ? [] : found;
    }

    /// <summary>Adds the keywords of <paramref name="text"/> not yet in <paramref name="found"/>, in order of first use;
    /// a statement read in parts (a title, then each paragraph) is scanned part by part, as if joined by spaces.</summary>
    public static void Add(ReadOnlySpan<char> text, ref List<string>? found)
    {
        foreach (var m in Pattern().EnumerateMatches(text))
        {
            var keyword = Keyword(text.Slice(m.Index, m.Length));
            found ??= [];
            if (!found.Contains(keyword))
            {
                found.Add(keyword);
            }
        }
    }

    /// <summary>Returns the keyword's own string, so that a statement keeps no copy of it.</summary>
    private static string Keyword(ReadOnlySpan<char> word)
    {
        foreach (var keyword in s_keywords)
        {
            if (word.SequenceEqual(keyword))
            {
                return keyword;
            }
        }

        throw new InvalidOperationException($"The pattern matched '{word}', which is not a keyword.");
    }

    [GeneratedRegex(@"\b(MUST|SHALL|SHOULD|MAY)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
