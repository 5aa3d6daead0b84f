using ModuleGen.Core.Execution;
using ModuleGen.Core.Verification;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Tells verify_files which files a scaffolded brick must hold: the files listed in the answers file of its
/// target_dir (what the pack and configure_deployment generated), or nothing when the brick was not scaffolded.</summary>
public sealed class AnswersExpectedFiles(ModuleGenWorkspace workspace) : IExpectedFilesSource
{
    private static readonly string s_emptyHash = ContentHash.Of("");

    /// <inheritdoc/>
    public IReadOnlyList<string>? ExpectedFiles(ExpandedBrick brick) =>
        Answers(brick) is { } answers ? [.. answers.AllFiles.Select(f => f.Key), AnswersFile.FileName] : null;

    /// <inheritdoc/>
    /// <remarks>The files the pack generated empty: their recorded hash is the hash of no content.</remarks>
    public IReadOnlyCollection<string> EmptyByDesign(ExpandedBrick brick) =>
        Answers(brick)?.AllFiles.Where(f => f.Value == s_emptyHash).Select(f => f.Key).ToArray() ?? [];

    private AnswersFile? Answers(ExpandedBrick brick)
    {
        if (string.IsNullOrWhiteSpace(brick.Brick.TargetDir) ||
            workspace.Guard.Resolve($"{brick.Brick.TargetDir.TrimEnd('/')}/{AnswersFile.FileName}", brick.Pointer("target_dir")) is not { IsOk: true } path)
        {
            return null;
        }

        var text = ExistingFile.Read(path.Value, "");
        return text is { IsOk: true, Value: { } yaml } ? AnswersFileFormat.Read(yaml) : null;
    }
}
