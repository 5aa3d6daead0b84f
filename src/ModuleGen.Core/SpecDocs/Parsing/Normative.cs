using System.Text.RegularExpressions;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Finds the normative keywords (RFC 2119 capitals: MUST, SHALL, SHOULD, MAY) a statement uses.</summary>
internal static partial class Normative
{
    /// <summary>Returns the keywords used, in order of first use, each once.</summary>
    public static IReadOnlyList<string> Keywords(string text) =>
        Pattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\b(MUST|SHALL|SHOULD|MAY)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
