using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Says where a pack's answers file and base store live in a folder, so several packs can generate into one
/// folder (the intent documents, then the Dagster project) without one overwriting the other's records.</summary>
/// <remarks>The first pack in a folder keeps <c>.modulegen-answers.yaml</c> (and <c>.modulegen-base.txt</c>), so
/// single-pack folders look as they always did; every further pack gets <c>.modulegen-answers.&lt;pack&gt;.yaml</c> and
/// <c>.modulegen-base.&lt;pack&gt;.txt</c>. A pack that already has a file in the folder keeps using it.</remarks>
public static partial class AnswersLocation
{
    /// <summary>The answers file of the folder's first pack.</summary>
    public const string Primary = AnswersFile.FileName;

    /// <summary>The base store beside <see cref="Primary"/>.</summary>
    public const string PrimaryBase = ".modulegen-base.txt";

    /// <summary>Returns the answers file name a further pack uses.</summary>
    public static string SecondaryName(string pack) => $".modulegen-answers.{pack}.yaml";

    /// <summary>Returns the name of the base store kept beside the answers file named <paramref name="answersName"/>.</summary>
    public static string BaseNameFor(string answersName) =>
        answersName == Primary ? PrimaryBase : $".modulegen-base.{answersName[".modulegen-answers.".Length..^".yaml".Length]}.txt";

    /// <summary>Tells whether a file name is an answers file (the first pack's or a further pack's).</summary>
    public static bool IsAnswersName(string name) => name == Primary || SecondaryPattern().IsMatch(name);

    /// <summary>Tells whether a file name is a base store.</summary>
    public static bool IsBaseName(string name) => name == PrimaryBase || SecondaryBasePattern().IsMatch(name);

    /// <summary>Lists the answers files in a folder (full path), the first pack's first, then the others by name.</summary>
    public static IReadOnlyList<string> NamesIn(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return new DirectoryInfo(folder).EnumerateFiles(".modulegen-answers*.yaml")
            .Where(f => f.LinkTarget is null && IsAnswersName(f.Name))
            .Select(f => f.Name)
            .OrderBy(n => n == Primary ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Resolves the answers file <paramref name="pack"/> uses in <paramref name="folder"/>: its own further-pack
    /// file if one exists, else the first pack's file unless another pack holds it, else a new further-pack file.</summary>
    public static Result<WorkspacePath> For(ModuleGenWorkspace workspace, WorkspacePath folder, string pack, string pointer)
    {
        var secondary = Resolve(workspace, folder, SecondaryName(pack), pointer);
        var primary = Resolve(workspace, folder, Primary, pointer);
        if (!secondary.IsOk || !primary.IsOk)
        {
            return Result<WorkspacePath>.Fail(secondary.Errors.Concat(primary.Errors).ToArray());
        }

        if (File.Exists(secondary.Value.FullPath))
        {
            return secondary;
        }

        var held = ExistingFile.Read(primary.Value, pointer);
        var owner = held is { IsOk: true, Value: { } text } ? AnswersFileFormat.Read(text)?.Pack : null;
        return owner is null || owner.Length == 0 || owner == pack ? primary : secondary;
    }

    /// <summary>Resolves a file beside the answers in <paramref name="folder"/>.</summary>
    public static Result<WorkspacePath> Resolve(ModuleGenWorkspace workspace, WorkspacePath folder, string name, string pointer) =>
        workspace.Guard.Resolve(folder.RelativePath.Length == 0 ? name : $"{folder.RelativePath}/{name}", pointer);

    [GeneratedRegex(@"^\.modulegen-answers\.[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml$")]
    private static partial Regex SecondaryPattern();

    [GeneratedRegex(@"^\.modulegen-base\.[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$")]
    private static partial Regex SecondaryBasePattern();
}
