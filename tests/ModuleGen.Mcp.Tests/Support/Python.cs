namespace ModuleGen.Mcp.Tests.Support;

/// <summary>Finds python3 and the modules the corpus tests read registries with (tomllib, yaml) and run tests with
/// (pytest). A test that needs one that is missing is reported as skipped with the reason, never passed silently;
/// .ci/run installs them from the distribution's packages when they are absent.</summary>
internal static class Python
{
    private static readonly Lazy<string?> s_missingParsers = new(() => Missing("import tomllib, yaml"));
    private static readonly Lazy<string?> s_missingPytest = new(() => Missing("import pytest"));

    /// <summary>Gets why the registry parsers cannot run (null: python3 with tomllib and yaml is there).</summary>
    public static string? MissingParsers => s_missingParsers.Value;

    /// <summary>Gets why pytest cannot run (null: it is there).</summary>
    public static string? MissingPytest => s_missingPytest.Value;

    /// <summary>Runs python3 with arguments in a folder and returns its exit code and output.</summary>
    public static (int Code, string Output) Run(string folder, params string[] arguments) =>
        ProcessRunner.RunAsync("python3", folder, TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" }, arguments).GetAwaiter().GetResult();

    private static string? Missing(string import)
    {
        try
        {
            var (code, output) = Run(Path.GetTempPath(), "-c", import);
            return code == 0 ? null : $"python3 cannot '{import}' ({output.Trim()}); install python3-yaml and python3-pytest (.ci/run does).";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "python3 is not installed; .ci/run installs it with python3-yaml and python3-pytest.";
        }
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
