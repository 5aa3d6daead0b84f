using System.Globalization;

namespace ModuleGen.Core.Audit.Modules;

/// <summary>Compares pack versions the way packs write them (dotted whole numbers, an optional -suffix), so the audit can
/// tell a module generated from an older pack.</summary>
internal static class PackVersions
{
    /// <summary>Tells whether <paramref name="recorded"/> is older than <paramref name="available"/>; versions that do not
    /// read as dotted numbers count as older only when they differ.</summary>
    public static bool IsOlder(string recorded, string available)
    {
        if (recorded == available)
        {
            return false;
        }

        var (a, b) = (Parts(recorded), Parts(available));
        if (a is null || b is null)
        {
            return true;
        }

        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var (x, y) = (i < a.Length ? a[i] : 0, i < b.Length ? b[i] : 0);
            if (x != y)
            {
                return x < y;
            }
        }

        // Same numbers: a pre-release (1.2.0-beta) is older than the release.
        return recorded.Contains('-') && !available.Contains('-');
    }

    /// <summary>Tells whether both versions share their major number (a new major version may move every file, so its
    /// checklist does not describe a module generated before); versions that do not read as numbers count as the same.</summary>
    public static bool SameMajor(string recorded, string available) =>
        Parts(recorded) is not { } a || Parts(available) is not { } b || a[0] == b[0];

    private static long[]? Parts(string version)
    {
        var parts = version.Split('-', 2)[0].Split('.');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
