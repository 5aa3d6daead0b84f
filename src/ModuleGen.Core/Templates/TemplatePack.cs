using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Templates;

/// <summary>Is a loaded pack: its manifest, the folder it lives in, and which source it came from.</summary>
/// <param name="Manifest">The parsed template.yaml.</param>
/// <param name="Directory">Absolute pack folder.</param>
/// <param name="Origin">built_in, workspace or search_path.</param>
/// <param name="Label">How errors name the pack's files, e.g. "built-in:dagster-module" or ".modulegen/templates/x".</param>
public sealed record TemplatePack(PackManifest Manifest, string Directory, string Origin, string Label) : ITemplateIncludes
{
    /// <summary>Names a pack file's text as a template that may include the pack's other files.</summary>
    public TemplateSource Template(string relative, string text) => new(FileLabel(relative), text) { Includes = this };

    /// <inheritdoc/>
    public Result<TemplateSource> Include(string name) => ReadSource(name, "").Map(text => Template(name, text));

    /// <summary>Reads a file under the pack's files/ folder; a link leading out of the pack folder is refused.</summary>
    public Result<string> ReadSource(string relative, string pointer)
    {
        var filesRoot = Path.GetFullPath(Path.Join(Directory, PackManifestLoader.FilesFolder));
        var path = Path.GetFullPath(Path.Join(filesRoot, relative));
        var realRoot = FileSystemLinks.RealPath(filesRoot);

        // A path below files/ resolves to files/'s real path plus its own tail: only the tail's links are left to read.
        var real = realRoot is not null && path.StartsWith(filesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? FileSystemLinks.RealPathBelow(realRoot, path[(filesRoot.Length + 1)..])
            : FileSystemLinks.RealPath(path);
        if (real is null || realRoot is null || !real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return ToolError.Create(ErrorCodes.TemplateSourceMissing, pointer, $"The source '{Preview.Of(relative)}' of pack '{Manifest.Name}' is not a file inside its {PackManifestLoader.FilesFolder}/ folder.",
                "Fix the pack: sources must be real files under files/.").WithFound(relative);
        }

        try
        {
            var text = PackFileReader.ReadText(realRoot, real[(realRoot.Length + 1)..], PackFileReader.MaxSourceBytes);
            return Result<string>.Ok(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ToolError.Create(ErrorCodes.TemplateSourceMissing, pointer, $"Could not read '{Preview.Of(relative)}' of pack '{Manifest.Name}': {WorkspaceIOException.Describe(ex)}.",
                $"Make it a regular file of at most {PackFileReader.MaxSourceBytes / (1024 * 1024)} MiB under the pack's files/ folder.").WithFound(relative);
        }
    }

    /// <summary>Names a pack file for error locations.</summary>
    public string FileLabel(string relative) => $"{Label}/{PackManifestLoader.FilesFolder}/{relative}";
}
