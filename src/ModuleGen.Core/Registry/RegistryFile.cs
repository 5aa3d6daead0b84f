using System.Text;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Is one configured registry file as it is on disk now: its path, kind, and text (null when it does not exist).</summary>
/// <param name="Path">The guarded path.</param>
/// <param name="Kind">The registry kind that reads it.</param>
/// <param name="Text">Its text, or null when the file does not exist.</param>
internal sealed record RegistryFile(WorkspacePath Path, IWorkspaceRegistry Kind, string? Text)
{
    private static readonly UTF8Encoding s_strict = new(false, true);

    /// <summary>Resolves every entry of registry.files through the path guard, matches it with a kind, and reads it.
    /// Links are refused (ModuleGen neither reads registry entries through them nor writes through them).</summary>
    public static Result<IReadOnlyList<RegistryFile>> Load(ModuleGenWorkspace workspace, IReadOnlyList<IWorkspaceRegistry> kinds)
    {
        var files = new List<RegistryFile>();
        var errors = new List<ToolError>();
        var configured = workspace.Config.Registry.Files;
        for (var i = 0; i < configured.Count; i++)
        {
            var pointer = $"/config/registry/files/{i}";
            var path = workspace.Guard.Resolve(configured[i], pointer);
            if (!path.IsOk)
            {
                errors.AddRange(path.Errors);
                continue;
            }

            if (files.Any(f => f.Path.RelativePath == path.Value.RelativePath))
            {
                continue;
            }

            var kind = kinds.FirstOrDefault(k => k.Handles(path.Value.RelativePath));
            if (kind is null)
            {
                errors.Add(ToolError.Create(ErrorCodes.RegistryFileUnsupported, pointer, $"ModuleGen cannot read the registry file '{path.Value.RelativePath}': no registry kind handles that file name.",
                    $"List files ModuleGen reads in registry.files of modulegen.yaml ({string.Join(", ", kinds.Select(k => k.Kind))}: workspace.yaml, dg.toml).").WithFound(configured[i]));
                continue;
            }

            var text = Read(path.Value, pointer);
            if (text.IsOk)
            {
                files.Add(new RegistryFile(path.Value, kind, text.Value));
            }
            else
            {
                errors.AddRange(text.Errors);
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<RegistryFile>>.Fail(errors) : Result<IReadOnlyList<RegistryFile>>.Ok(files);
    }

    private static Result<string?> Read(WorkspacePath path, string pointer)
    {
        if (new FileInfo(path.FullPath).LinkTarget is not null)
        {
            return ToolError.Create(ErrorCodes.PathDestinationIsSymlink, pointer, $"The registry file '{path.RelativePath}' is a symbolic link; ModuleGen neither reads registry entries through links nor writes through them.",
                "Replace the link with the file itself (or point registry.files at the real file).").WithFound(path.RelativePath);
        }

        if (Directory.Exists(path.FullPath))
        {
            return Unreadable(path, pointer, "it is a folder");
        }

        try
        {
            return File.Exists(path.FullPath) ? Result<string?>.Ok(s_strict.GetString(RegularFile.ReadAllBytes(path.FullPath))) : Result<string?>.Ok(null);
        }
        catch (DecoderFallbackException)
        {
            return Unreadable(path, pointer, "it is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, pointer, WorkspaceIOException.Describe(ex));
        }
    }

    private static Result<string?> Unreadable(WorkspacePath path, string pointer, string reason) =>
        ToolError.Create(ErrorCodes.RegistryFileUnreadable, pointer, $"The registry file '{path.RelativePath}' cannot be read: {reason}.",
            "Fix the file (UTF-8 text), or remove it from registry.files in modulegen.yaml.").WithFound(path.RelativePath);
}
