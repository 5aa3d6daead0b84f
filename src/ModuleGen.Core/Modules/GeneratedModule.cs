using ModuleGen.Core.Scaffolding;

namespace ModuleGen.Core.Modules;

/// <summary>Is a module folder ModuleGen scaffolded: its name, folder and the answers file that says how.</summary>
/// <param name="Name">The folder name under a module root.</param>
/// <param name="Folder">Workspace-relative folder (the scaffold's target_dir).</param>
/// <param name="AnswersPath">Workspace-relative path of its .modulegen-answers.yaml.</param>
/// <param name="Answers">The answers file's content.</param>
public sealed record GeneratedModule(string Name, string Folder, string AnswersPath, AnswersFile Answers)
{
    /// <summary>Returns the workspace-relative path of a module-relative path.</summary>
    public string PathOf(string moduleRelative) => Folder.Length == 0 ? moduleRelative : $"{Folder}/{moduleRelative}";
}
