using System.Diagnostics;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Runs python3 for syntax checks of generated files; tells whether it is installed.</summary>
public static class Python
{
    // python3 on PATH, run by its own path (sys.executable) once found: where python3 is a version manager's shim
    // (pyenv's is a shell script), starting the shim cost more CPU than the checks the tests run with it.
    private static readonly string s_interpreter = Executable();

    public static bool Available { get; } = Run(["--version"]).ExitCode == 0;

    public static (int ExitCode, string Output) Run(IReadOnlyList<string> arguments) => Run(s_interpreter, arguments);

    private static string Executable()
    {
        var (code, output) = Run("python3", ["-c", "import sys; print(sys.executable)"]);
        var executable = output.Trim();
        return code == 0 && File.Exists(executable) ? executable : "python3";
    }

    private static (int ExitCode, string Output) Run(string python, IReadOnlyList<string> arguments)
    {
        try
        {
            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
