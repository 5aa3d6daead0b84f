using System.Globalization;

namespace ModuleGen.Core.Templates;

/// <summary>Compares pack versions the way packs write them (dotted whole numbers, an optional -suffix): the audit and
/// update_module's check tell a module generated from an older pack, and an update picks the migrations it runs.</summary>
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

    /// <summary>Tells whether a version reads as dotted whole numbers with an optional -suffix (what a migration must name).</summary>
    public static bool IsValid(string version) => Parts(version) is not null;

    /// <summary>Tells whether a migration leading to <paramref name="version"/> runs when a module goes from
    /// <paramref name="from"/> to <paramref name="to"/>: it lies after the one and not after the other, as Nx and copier
    /// select theirs.</summary>
    public static bool Between(string version, string from, string to) => IsOlder(from, version) && !IsOlder(to, version);

    private static long[]? Parts(string version)
    {
        var parts = version.Split('-', 2)[0].Split('.');
        if (version.Length == 0 || version.Length > 64)
        {
            return null;
        }

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
