namespace ModuleGen.Core.Workspace;

/// <summary>Knows the device names Windows reserves in any folder (CON, NUL, COM1 …), with or without an extension.</summary>
public static class ReservedNames
{
    private static readonly HashSet<string> s_devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_devices.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tells whether a file or folder name is a reserved device name (case-insensitive, extension ignored).</summary>
    public static bool IsDeviceName(string name)
    {
        var span = name.AsSpan();
        var dot = span.IndexOf('.');
        var stem = (dot < 0 ? span : span[..dot]).TrimEnd(' ');
        return stem.Length is >= 3 and <= 7 && s_lookup.Contains(stem);
    }
}
