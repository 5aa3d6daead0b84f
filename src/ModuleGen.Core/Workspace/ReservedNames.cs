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

    /// <summary>Tells whether a file or folder name is a reserved device name (case-insensitive, extension ignored).</summary>
    public static bool IsDeviceName(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ');
        return s_devices.Contains(stem);
    }
}
