using ModuleGen.Core.Common;
using ModuleGen.Core.Plans;
using ModuleGen.Core.SpecDocs.Formats;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs;

/// <summary>Finds a set of spec documents, tells its format (or takes the one modulegen.yaml pins), reads the files
/// that format defines through the path guard, and hands them to the format's reader.</summary>
/// <remarks>The plans are where a module's code is found when a stored plan places it (see <see cref="SpecFolderLocator"/>).</remarks>
public sealed class DocumentSetLoader(ModuleGenWorkspace workspace, PlanStore? plans = null)
{
    /// <summary>The largest document read, in bytes: four times the largest real spec document seen (a 20,000-requirement
    /// generated set is 9.6 MB); anything bigger is data pasted into prose.</summary>
    public const long MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The deepest folder level read below a set's folder (OpenSpec: changes/archive/ID/specs/CAPABILITY).</summary>
    private const int MaxDepth = 6;

    /// <summary>Gets the locator the loader resolves names with.</summary>
    public SpecFolderLocator Locator { get; } = new(workspace, plans);

    /// <summary>Resolves where a set's documents live; the name and every configured path are checked.</summary>
    public Result<ModuleDocs> Locate(string? module) => Locator.Locate(module);

    /// <summary>Loads and parses the documents; a missing folder is an error.</summary>
    public Result<DocumentSet> Load(string? module) => Locate(module).Then(Load);

    /// <summary>Loads and parses the documents of a located set; a missing folder is an error.</summary>
    public Result<DocumentSet> Load(ModuleDocs docs)
    {
        if (!Directory.Exists(docs.Folder.FullPath))
        {
            return ToolError.Create(ErrorCodes.DocsFolderMissing, "/module",
                $"The docs folder '{docs.Folder.RelativePath}' of '{docs.Names.Input}' does not exist ({Locator.Searched(docs.Names.Input)}).",
                "Create it with the intent design (step 1 of the pipeline), pass the name of an existing spec folder, or set docs.folder in modulegen.yaml to where the documents live.").WithFound(docs.Folder.RelativePath);
        }

        var files = List(docs.Folder);
        var detected = docs.Format ?? FormatDetector.Detect(docs.Folder.RelativePath, files);
        var reader = FormatDetector.ReaderFor(detected ?? SpecFormat.ModulePipeline);
        var picked = reader.Select(files);
        var errors = new List<ToolError>();
        var sources = new List<SourceDocument>();
        foreach (var (kind, name) in picked)
        {
            var read = Read(Join(docs.Folder.RelativePath, name), "/module");
            if (read.IsOk)
            {
                sources.Add(new SourceDocument(kind, read.Value.Path, read.Value.Content));
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        var globalPath = workspace.Config.Docs.GlobalRequirements;
        var global = workspace.Guard.Resolve(globalPath, "/config/docs/global_requirements")
            .Then(p => File.Exists(p.FullPath) ? Read(p.RelativePath, "/config/docs/global_requirements").Map(t => (IReadOnlySet<int>?)GlobalRequirementsParser.Parse(RegularFile.Decode(t.Content), t.Path)) : Result<IReadOnlySet<int>?>.Ok(null));
        errors.AddRange(global.Errors);
        if (errors.Count > 0)
        {
            return Result<DocumentSet>.Fail(errors);
        }

        var taken = picked.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var set = reader.Read(new SetSource(docs.Names, docs.Prefix, docs.Folder.RelativePath, sources, globalPath, global.Value, docs.Focus));
        return Result<DocumentSet>.Ok(set with
        {
            Ignored = files.Where(f => !taken.Contains(f)).Select(f => Join(docs.Folder.RelativePath, f)).ToArray(),
            Tried = detected is null ? SpecFormat.All : [detected],
            Links = set.Links.Select(Checked).ToArray(),
        });
    }

    /// <summary>Looks whether a link's target exists, through the guard (a target outside the workspace counts as missing).</summary>
    private DocumentLink Checked(DocumentLink link) =>
        link with
        {
            Exists = link.Resolved is { } path && workspace.Guard.Resolve(path, "/module") is { IsOk: true } p && (File.Exists(p.Value.FullPath) || Directory.Exists(p.Value.FullPath)),
        };

    /// <summary>Lists the folder's Markdown files, folder-relative with <c>/</c>: its own files (links included: the guard
    /// decides when they are read), then its sub-folders' to <see cref="MaxDepth"/> levels, never through a link.</summary>
    private List<string> List(WorkspacePath folder)
    {
        var files = Directory.EnumerateFiles(folder.FullPath, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var options = FileWalkOptions.From(workspace.Config.Scan) with
        {
            EnterFolder = (_, path) => path.Count(c => c == '/') < MaxDepth,
            IncludeFile = (file, _) => file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase),
        };
        foreach (var sub in new DirectoryInfo(folder.FullPath).GetDirectories().Where(d => d.LinkTarget is null && !options.SkipNames.Contains(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            files.AddRange(FileWalker.Walk(sub.FullName, options with { RelativePrefix = sub.Name }).Files);
        }

        return files;
    }

    private Result<(string Path, byte[] Content)> Read(string relative, string pointer) =>
        workspace.Guard.Resolve(relative, pointer).Then<(string, byte[])>(path =>
        {
            try
            {
                var length = new FileInfo(path.FullPath).Length;
                if (length > MaxDocumentBytes)
                {
                    return ToolError.Create(ErrorCodes.DocsFileTooLarge, pointer, $"'{path.RelativePath}' is {length} bytes; spec documents over {MaxDocumentBytes} bytes are not read.",
                        "A spec document that large holds generated data rather than prose: move the data into its own file and link to it.").WithFound(path.RelativePath);
                }

                return Result<(string, byte[])>.Ok((path.RelativePath, RegularFile.ReadAllBytes(path.FullPath)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ToolError.Create(ErrorCodes.ReadFailed, pointer, $"Could not read '{path.RelativePath}': {WorkspaceIOException.Describe(ex)}", "Check the file's permissions.").WithFound(path.RelativePath);
            }
        });

    private static string Join(string folder, string relative) => folder.Length == 0 ? relative : $"{folder}/{relative}";
}
