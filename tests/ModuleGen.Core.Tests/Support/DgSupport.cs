using ModuleGen.Core.DgChecks;
using ModuleGen.Core.Programs;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Builds the dg checks as the server does: off (the default), or allowed with stand-in programs on PATH.</summary>
public static class DgSupport
{
    /// <summary>The dg checks of a server the user started without allowing dg.</summary>
    public static DgCheckRunner Off(ModuleGenWorkspace workspace) =>
        new(workspace, ProgramPermissions.None("running programs is off"), new ProgramRunner(), new DgCheckOptions(null));

    /// <summary>The dg checks with dg allowed and <paramref name="standIns"/> (or nothing) on PATH.</summary>
    public static DgCheckRunner Allowed(ModuleGenWorkspace workspace, StandInDg? standIns, TimeSpan? timeout = null, bool readOnly = false)
    {
        var permissions = new ProgramPermissions { Allowed = [ProgramPermissions.Dg], Timeout = timeout ?? TimeSpan.FromSeconds(60), Source = "allowed by --allow-exec" };
        return new(workspace, readOnly ? permissions.ForReadOnly() : permissions, new ProgramRunner(), new DgCheckOptions(standIns?.Folder));
    }

    /// <summary>Writes a minimal dg project (pyproject.toml with [tool.dg] directory_type = "project") in a folder.</summary>
    public static void DgProject(this TempWorkspace workspace, string folder) =>
        workspace.Write($"{folder}/pyproject.toml", "[project]\nname = \"orders\"\n\n[tool.dg]\ndirectory_type = \"project\"\n\n[tool.dg.project]\nroot_module = \"orders\"\n");
}
