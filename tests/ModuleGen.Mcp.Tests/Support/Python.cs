namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Finds python3 and the modules the corpus tests read registries with (tomllib, yaml) and run tests with
/// (pytest). A test that needs one that is missing is reported as skipped with the reason, never passed silently;
/// .ci/run installs them from the distribution's packages when they are absent.</summary>
internal static class Python
{
    // The first interpreter on PATH, else the distribution's (where python3-yaml / python3-pytest install). The one found
    // is then run by its own path (sys.executable): where python3 on PATH is a version manager's shim (pyenv's is a shell
    // script), starting the shim cost more CPU than most of the scripts the tests run with it.
    private static readonly string[] s_interpreters = ["python3", "/usr/bin/python3"];
    private static readonly Lazy<(string? Python, string? Missing)> s_parsers = new(() => Find("import tomllib, yaml"));
    private static readonly Lazy<(string? Python, string? Missing)> s_pytest = new(() => Find("import pytest"));

    /// <summary>Gets why the registry parsers cannot run (null: python3 with tomllib and yaml is there).</summary>
    public static string? MissingParsers => s_parsers.Value.Missing;

    /// <summary>Gets why pytest cannot run (null: it is there).</summary>
    public static string? MissingPytest => s_pytest.Value.Missing;

    /// <summary>Runs the python3 that parses TOML and YAML with arguments in a folder; returns its exit code and output.</summary>
    public static (int Code, string Output) Run(string folder, params string[] arguments) => RunWith(s_parsers.Value.Python ?? "python3", folder, arguments);

    /// <summary>Runs the python3 that has pytest; <paramref name="pythonPath"/> becomes PYTHONPATH when given.</summary>
    public static (int Code, string Output) RunPytest(string folder, string? pythonPath, params string[] arguments) =>
        RunWith(s_pytest.Value.Python ?? "python3", folder, ["-m", "pytest", .. arguments], pythonPath);

    private static (int Code, string Output) RunWith(string python, string folder, string[] arguments, string? pythonPath = null)
    {
        var environment = new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" };
        if (pythonPath is not null)
        {
            environment["PYTHONPATH"] = pythonPath;
        }

        return ProcessRunner.RunAsync(python, folder, TimeSpan.FromMinutes(2), environment, arguments).GetAwaiter().GetResult();
    }

    private static (string? Python, string? Missing) Find(string import)
    {
        var reasons = new List<string>();
        foreach (var python in s_interpreters)
        {
            try
            {
                var (code, output) = RunWith(python, Path.GetTempPath(), ["-c", import + "; import sys; print(sys.executable)"]);
                if (code == 0)
                {
                    var executable = output.Trim().Split('\n')[^1].Trim();
                    return (File.Exists(executable) ? executable : python, null);
                }

                reasons.Add($"{python}: {output.Trim().Split('\n')[^1]}");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                reasons.Add($"{python}: not installed");
            }
        }

        return (null, $"no python3 can '{import}' ({string.Join("; ", reasons)}); install python3-yaml and python3-pytest (.ci/run does).");
    }
}

/// <summary>A theory skipped, with the reason, where python3 cannot parse TOML and YAML.</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute() => Skip = Python.MissingParsers;
}

/// <summary>A fact skipped, with the reason, where python3 has no pytest.</summary>
public sealed class PytestFactAttribute : FactAttribute
{
    public PytestFactAttribute() => Skip = Python.MissingPytest;
}
