using System.Diagnostics;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Runs python3 for syntax checks of generated files; tells whether it is installed.</summary>
public static class Python
{
    public static bool Available { get; } = Run(["--version"]).ExitCode == 0;

    public static (int ExitCode, string Output) Run(IReadOnlyList<string> arguments)
    {
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
