using ModuleGen.Core.Execution;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Templates;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Tells verify_files which files a scaffolded brick must hold: the files listed in the answers files of its
/// target_dir (what each pack and configure_deployment generated), the answers files and their base stores, or nothing
/// when the brick was not scaffolded.</summary>
public sealed class AnswersExpectedFiles(ModuleGenWorkspace workspace, PackCatalogue? catalogue = null) : IExpectedFilesSource
{
    private static readonly string s_emptyHash = ContentHash.Of("");

    /// <inheritdoc/>
    public IReadOnlyList<string>? ExpectedFiles(ExpandedBrick brick)
    {
        var all = Answers(brick);
        return all.Count == 0 ? null :
        [
            .. all.SelectMany(a => a.Answers.AllFiles.Select(f => f.Key)).Distinct(StringComparer.Ordinal),
            .. all.Select(a => a.Name),
            .. all.Select(a => AnswersLocation.BaseNameFor(a.Name)).Where(b => File.Exists(Path.Join(FolderOf(brick), b))),
        ];
    }

    /// <inheritdoc/>
    /// <remarks>The files the pack generated empty: their recorded hash is the hash of no content.</remarks>
    public IReadOnlyCollection<string> EmptyByDesign(ExpandedBrick brick) =>
        Answers(brick).SelectMany(a => a.Answers.AllFiles).Where(f => f.Value == s_emptyHash).Select(f => f.Key).Distinct(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Rendered(ExpandedBrick brick) =>
        Answers(brick).SelectMany(a => a.Answers.AllFiles.Select(f => f.Key)).Distinct(StringComparer.Ordinal).ToArray();

    /// <inheritdoc/>
    /// <remarks>The <c>conventions</c> of each pack that generated into the folder (its template.yaml).</remarks>
    public IReadOnlyList<string> Conventions(ExpandedBrick brick) =>
        catalogue is null ? [] : Answers(brick)
            .SelectMany(a => catalogue.Find(a.Answers.Pack, "") is { IsOk: true } pack ? pack.Value.Manifest.Conventions : [])
            .Distinct(StringComparer.Ordinal).ToArray();

    private string FolderOf(ExpandedBrick brick) =>
        workspace.Guard.Resolve(brick.Brick.TargetDir.TrimEnd('/'), brick.Pointer("target_dir")) is { IsOk: true } folder ? folder.Value.FullPath : "";

    // Every pack's answers file in the brick's folder (several packs may generate into one folder).
    private IReadOnlyList<(string Name, AnswersFile Answers)> Answers(ExpandedBrick brick)
    {
        if (string.IsNullOrWhiteSpace(brick.Brick.TargetDir) || FolderOf(brick) is not { Length: > 0 } folder)
        {
            return [];
        }

        var found = new List<(string, AnswersFile)>();
        foreach (var name in AnswersLocation.NamesIn(folder))
        {
            var path = workspace.Guard.Resolve($"{brick.Brick.TargetDir.TrimEnd('/')}/{name}", brick.Pointer("target_dir"));
            if (path.IsOk && ExistingFile.Read(path.Value, "") is { IsOk: true, Value: { } yaml } && AnswersFileFormat.Read(yaml) is { } answers)
            {
                found.Add((name, answers));
            }
        }

        return found;
    }
}
