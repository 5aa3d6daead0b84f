using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Context;
using ModuleGen.Core.Plans;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Finds and parses a module's spec documents (configurable folder, lenient file names) through the path guard.</summary>
/// <remarks>The code scanned for references is the module's stored plan's code when there is one (its bricks' folders,
/// through the deepest folder they share), else its folder under a module root, else the docs folder's parent.</remarks>
public sealed partial class DocumentSetLoader(ModuleGenWorkspace workspace, PlanStore? plans = null)
{
    /// <summary>The largest document read, in bytes; spec documents are prose, not data.</summary>
    public const long MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>Resolves where a module's documents live; the module name and every configured path are checked.</summary>
    public Result<ModuleDocs> Locate(string? module) =>
        ModuleNameParser.Parse(module).Then(names =>
            PrefixFor(names).Then(prefix =>
                workspace.Guard.Resolve(workspace.Config.Docs.Folder.Replace("{module}", names.Snake, StringComparison.Ordinal), "/config/docs/folder").Then(folder =>
                    CodeFolderFor(names, folder).Map(code => new ModuleDocs(names, prefix, folder, code)))));

    /// <summary>Loads and parses the documents; a missing docs folder is an error.</summary>
    public Result<DocumentSet> Load(string? module) => Locate(module).Then(Load);

    /// <summary>Loads and parses the documents of a located module; a missing docs folder is an error.</summary>
    public Result<DocumentSet> Load(ModuleDocs docs)
    {
        if (!Directory.Exists(docs.Folder.FullPath))
        {
            return ToolError.Create(ErrorCodes.DocsFolderMissing, "/module",
                $"The docs folder '{docs.Folder.RelativePath}' of module '{docs.Names.Snake}' does not exist.",
                "Create it with the intent design (step 1 of the pipeline), or set docs.folder in modulegen.yaml to where the documents live.").WithFound(docs.Folder.RelativePath);
        }

        var errors = new List<ToolError>();
        var sources = new List<SourceDocument>();
        var names = Directory.EnumerateFiles(docs.Folder.FullPath, "*.md").Select(Path.GetFileName).OfType<string>();
        foreach (var (kind, name) in DocumentLocator.Find(names))
        {
            var read = Read($"{docs.Folder.RelativePath}/{name}", "/module");
            if (read.IsOk)
            {
                sources.Add(new SourceDocument(kind, read.Value.Path, read.Value.Text));
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        var globalPath = workspace.Config.Docs.GlobalRequirements;
        var global = workspace.Guard.Resolve(globalPath, "/config/docs/global_requirements")
            .Then(p => File.Exists(p.FullPath) ? Read(p.RelativePath, "/config/docs/global_requirements").Map(t => (IReadOnlySet<int>?)GlobalRequirementsParser.Parse(t.Text, t.Path)) : Result<IReadOnlySet<int>?>.Ok(null));
        errors.AddRange(global.Errors);
        return errors.Count > 0
            ? Result<DocumentSet>.Fail(errors)
            : Result<DocumentSet>.Ok(DocumentSetAssembler.Assemble(docs.Names, docs.Prefix, docs.Folder.RelativePath, sources, globalPath, global.Value));
    }

    private Result<(string Path, string Text)> Read(string relative, string pointer) =>
        workspace.Guard.Resolve(relative, pointer).Then<(string, string)>(path =>
        {
            try
            {
                var length = new FileInfo(path.FullPath).Length;
                if (length > MaxDocumentBytes)
                {
                    return ToolError.Create(ErrorCodes.DocsFileTooLarge, pointer, $"'{path.RelativePath}' is {length} bytes; spec documents over {MaxDocumentBytes} bytes are not read.",
                        "Split the document or remove pasted data from it.").WithFound(path.RelativePath);
                }

                return Result<(string, string)>.Ok((path.RelativePath, RegularFile.ReadAllText(path.FullPath)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{path.RelativePath}': {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.").WithFound(path.RelativePath);
            }
        });

    private Result<string> PrefixFor(ModuleNames names)
    {
        var prefixes = workspace.Config.Docs.IdPrefixes;
        var key = new[] { names.Snake, names.Kebab, names.Input }.FirstOrDefault(prefixes.ContainsKey);
        var prefix = key is null ? names.Snake.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant() : prefixes[key];
        return ValidPrefix().IsMatch(prefix)
            ? Result<string>.Ok(prefix)
            : ToolError.Create(ErrorCodes.DocsInvalidPrefix, $"/config/docs/id_prefixes/{key}",
                $"The ID prefix '{Preview.Of(prefix)}' for module '{names.Snake}' is not an upper-case word; IDs would read REQ-{Preview.Of(prefix, 20)}-1.",
                "Use upper-case letters and digits, starting with a letter, e.g. OAGW.").WithFound(prefix);
    }

    private Result<WorkspacePath?> CodeFolderFor(ModuleNames names, WorkspacePath docsFolder)
    {
        if (plans?.LoadStored(names.Snake) is { IsOk: true } stored && SharedFolder(stored.Value.Plan.Bricks.Select(b => b.TargetDir)) is { Length: > 0 } shared &&
            workspace.Guard.Resolve(shared, "/module") is { IsOk: true } planned && Directory.Exists(planned.Value.FullPath))
        {
            return Result<WorkspacePath?>.Ok(planned.Value);
        }

        var roots = workspace.Config.Paths.ModuleRoots;
        for (var i = 0; i < roots.Count; i++)
        {
            foreach (var name in new[] { names.Snake, names.Kebab })
            {
                var candidate = workspace.Guard.Resolve($"{roots[i]}/{name}", $"/config/paths/module_roots/{i}");
                if (!candidate.IsOk)
                {
                    return Result<WorkspacePath?>.Fail(candidate.Errors);
                }

                if (Directory.Exists(candidate.Value.FullPath))
                {
                    return Result<WorkspacePath?>.Ok(candidate.Value);
                }
            }
        }

        var parent = Path.GetDirectoryName(docsFolder.RelativePath)?.Replace('\\', '/');
        return string.IsNullOrEmpty(parent)
            ? Result<WorkspacePath?>.Ok(null)
            : workspace.Guard.Resolve(parent, "/config/docs/folder").Map(p => Directory.Exists(p.FullPath) ? p : null);
    }

    // The deepest folder every path lies in ("" when they share none but the root).
    private static string SharedFolder(IEnumerable<string> paths)
    {
        string[]? shared = null;
        foreach (var parts in paths.Select(p => p.Replace('\\', '/').Trim('/').Split('/')))
        {
            shared = shared is null ? parts : shared.Zip(parts).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToArray();
        }

        return string.Join('/', shared ?? []);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidPrefix();
}
