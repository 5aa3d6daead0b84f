using System.Globalization;
using System.Text.RegularExpressions;

namespace ModuleGen.Core.Templates;

/// <summary>Reads the release part of PEP 440 versions and requirement specifiers (<c>1.11.3</c>, <c>1.12.0rc2</c>,
/// <c>==1.11.*</c>, <c>~=1.11</c>, <c>&gt;=1.10,&lt;2</c>) and compares releases number by number, so pins and a pack's
/// minimum version are compared as pip compares them (pre-, post- and dev-releases count as their release).</summary>
public static partial class Versions
{
    /// <summary>Returns the release numbers of a version (<c>1.11.*</c> → 1.11), or null when it is none.</summary>
    public static long[]? Parse(string text) =>
        Release().Match(text.Trim()) is { Success: true } match
            ? match.Groups["release"].Value.Split('.').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray()
            : null;

    /// <summary>Returns the lowest version a requirement's specifiers allow (the highest of its <c>==</c>, <c>===</c>,
    /// <c>~=</c>, <c>&gt;=</c> and <c>&gt;</c> bounds), or null when it sets none (<c>&lt;2</c>, no specifier).</summary>
    public static string? LowerBound(string specifiers)
    {
        string? lowest = null;
        foreach (var specifier in specifiers.Split(';')[0].Split(','))
        {
            if (Specifier().Match(specifier.Trim()) is { Success: true } match && Parse(match.Groups["version"].Value) is { } release)
            {
                var version = string.Join('.', release);
                lowest = lowest is null || Compare(version, lowest) > 0 ? version : lowest;
            }
        }

        return lowest;
    }

    /// <summary>Compares two versions by their release numbers (missing numbers count as 0).</summary>
    public static int Compare(string a, string b)
    {
        var left = Parse(a) ?? [];
        var right = Parse(b) ?? [];
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var difference = (i < left.Length ? left[i] : 0).CompareTo(i < right.Length ? right[i] : 0);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0;
    }

    // An optional epoch, the release numbers, then what PEP 440 allows after them (wildcard, pre, post, dev, local).
    [GeneratedRegex(@"^v?([0-9]+!)?(?<release>[0-9]{1,9}(\.[0-9]{1,9}){0,5})(\.\*|[-_.]?(a|b|c|rc|alpha|beta|pre|preview|post|rev|r|dev)[-_.]?[0-9]*)*(\+[a-z0-9.]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    [GeneratedRegex(@"^(===?|~=|>=|>)\s*(?<version>\S+)$")]
    private static partial Regex Specifier();
}
