namespace ModuleGen.Core.Templates;

/// <summary>Finds the built-in templates (packs, prompts, spec skeletons) of the running program, so no repository is
/// needed at run time: templates/ beside the executable (a published build, a tool package, the test output), else
/// share/modulegen/templates one folder above it, where pip, uv and pipx install a wheel's data next to its bin/ (or
/// Scripts/) folder.</summary>
public static class BuiltInTemplateRoot
{
    /// <summary>Gets the templates folder of the running program (templates/ beside it when neither place exists, so a
    /// missing pack is reported where a published build keeps it).</summary>
    public static string Current { get; } = Find(AppContext.BaseDirectory);

    /// <summary>Gets the templates folder for a program in <paramref name="programFolder"/>.</summary>
    public static string Find(string programFolder)
    {
        var beside = Path.Join(programFolder, "templates");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        var installed = Path.GetFullPath(Path.Join(programFolder, "..", "share", "modulegen", "templates"));
        return Directory.Exists(installed) ? installed : beside;
    }
}
