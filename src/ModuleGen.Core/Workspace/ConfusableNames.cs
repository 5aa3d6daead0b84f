using System.Globalization;

namespace ModuleGen.Core.Workspace;

/// <summary>Spots file and folder names that look like something else: invisible formatting characters (right-to-left
/// override, zero-width space), look-alikes of '/', '\' and '.', fullwidth forms of ASCII, and names that mix Latin
/// letters with Cyrillic or Greek ones within one word (the classic homoglyph trick: 'mоdules' with a Cyrillic 'о').</summary>
/// <remarks>Names written wholly in one non-Latin script are accepted; only mixing is refused.</remarks>
public static class ConfusableNames
{
    private static readonly HashSet<char> s_separatorLookAlikes =
    [
        '\u2215', '\u2044', '\u29F8', '\uFF0F', '\u2216', '\u29F9', '\uFE68', '\uFF3C', '\u2024', '\uFF0E', '\u0338', '\u20E5',
    ];

    /// <summary>Returns why a name is confusable, or null when it is not.</summary>
    public static string? Explain(string name)
    {
        if (!name.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return null; // printable ASCII only: nothing here can be confused
        }

        bool latin = false, cyrillic = false, greek = false;
        foreach (var c in name)
        {
            if (!char.IsLetter(c))
            {
                // Scripts are compared word by word: 'документ.md' is one Cyrillic word and one Latin one, not a mix.
                if (latin && (cyrillic || greek))
                {
                    break;
                }

                latin = cyrillic = greek = false;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator ||
                (category == UnicodeCategory.SpaceSeparator && c != ' '))
            {
                return $"it contains the invisible character U+{(int)c:X4}";
            }

            if (s_separatorLookAlikes.Contains(c))
            {
                return $"U+{(int)c:X4} looks like a path separator or a dot";
            }

            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                return $"U+{(int)c:X4} is a fullwidth form of '{(char)(c - 0xFEE0)}'";
            }

            latin |= char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
            cyrillic |= c is >= '\u0400' and <= '\u052F';
            greek |= c is >= '\u0370' and <= '\u03FF';
        }

        return latin && (cyrillic || greek) ? $"it mixes Latin letters with {(cyrillic ? "Cyrillic" : "Greek")} ones that look alike" : null;
    }
}
