using System.Diagnostics;
using ModuleGen.Core.Tests.Support;

namespace ModuleGen.Core.Tests.Scaffolding;

/// <summary>A generated Dagster project installs as Dagster loads it in production: its wheel, built with hatchling and
/// installed non-editable into a fresh virtual environment, carries pyproject.toml where load_from_defs_folder's walk
/// (upwards from definitions.py to the first pyproject.toml or dg.toml declaring [tool.dg]) finds it, naming the
/// project's root module. Dagster itself is not installed (no package index here): the walk is Dagster's own rule,
/// read from its source, applied to the installed files. One process chain: build, venv, pip, check.</summary>
public sealed class GeneratedWheelTests
{
    // The Debian interpreter carries python3-build and python3-hatchling; a pyenv one first on PATH may not. The build
    // runs without isolation (no package index) and skips its requirement check: Debian packages no "editables",
    // which hatchling declares for editable installs only.
    private static readonly string? s_python = new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => Run(p, "-c", "import build, hatchling, venv, ensurepip").Code == 0);

    private const string Check = """
        import pathlib, sys, tomllib
        site = pathlib.Path(sys.argv[1])
        definitions = next(site.glob("lib/python*/site-packages/orders/definitions.py"))
        folder = definitions.parent
        while folder != folder.parent:
            for name in ("dg.toml", "pyproject.toml"):
                config = folder / name
                if config.exists():
                    data = tomllib.loads(config.read_text())
                    dg = data if name == "dg.toml" else data.get("tool", {}).get("dg")
                    if dg is not None:
                        print(config.relative_to(site), dg["directory_type"], dg["project"]["root_module"])
                        sys.exit(0)
            folder = folder.parent
        sys.exit("no project configuration above " + str(definitions))
        """;

    [WheelFact]
    public void Wheel_InstalledNonEditable_CarriesThePyprojectLoadFromDefsFolderFinds()
    {
        using var workspace = new TempWorkspace();
        workspace.Scaffolder().Scaffold(Requests.Scaffold("dagster-module", "modules/orders", addons: ["postgresql", "schedules"])).IsOk.Should().BeTrue();
        var project = Path.Join(workspace.Root, "modules/orders");
        var venv = Path.Join(workspace.Root, "venv");

        var chain = $"set -e; cd '{project}'; '{s_python}' -m build --wheel --no-isolation --skip-dependency-check --outdir '{workspace.Root}/dist' >/dev/null; " +
            $"'{s_python}' -m venv '{venv}'; '{venv}/bin/python' -m pip install --quiet --no-index --no-deps '{workspace.Root}'/dist/*.whl; " +
            $"'{venv}/bin/python' -c '{Check.Replace("'", "\"", StringComparison.Ordinal)}' '{venv}'";
        var (code, output) = Run("/bin/sh", "-c", chain);

        code.Should().Be(0, output);
        output.Trim().Should().MatchRegex(@"^lib/python3\.\d+/site-packages/pyproject\.toml project orders$",
            "the wheel puts pyproject.toml at the root of site-packages, the first folder above orders/definitions.py, and it names the root module");
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1";
            start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
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

    /// <summary>A fact reported as skipped, with the reason, when no python3 has build, hatchling and venv.</summary>
    public sealed class WheelFactAttribute : FactAttribute
    {
        public WheelFactAttribute()
        {
            if (s_python is null)
            {
                Skip = "no python3 with the build, hatchling and venv modules (Debian: python3-build python3-hatchling python3-venv): the generated wheel was NOT built and installed.";
            }
        }
    }
}
