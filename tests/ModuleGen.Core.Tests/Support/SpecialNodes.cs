using System.Diagnostics;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Makes the file-system entries hostile fixtures plant — FIFOs and hard links — with the system's own tools.</summary>
public static class SpecialNodes
{
    public static void Fifo(string path) => Run("mkfifo", path);

    /// <summary>Gives <paramref name="existing"/> a second name (a hard link), creating the folders above it.</summary>
    public static void HardLink(string existing, string newName)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(newName)!);
        Run("ln", existing, newName);
    }

    private static void Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{tool} {string.Join(' ', arguments)}");
    }
}
