using ModuleGen.Core.Common;
using ModuleGen.Core.SpecDocs.Model;
using ModuleGen.Core.SpecDocs.Parsing;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.SpecDocs.Trace;

/// <summary>Scans a module's source and test files for IDs: bounded by the scan budget and a per-file size limit,
/// skipping the configured build folders, the docs folder and symbolic links; files visited in ordinal order.</summary>
public static class SourceScanner
{
    /// <summary>The largest source file read, in bytes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly HashSet<string> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".py", ".pyi", ".cs", ".fs", ".rs", ".go", ".java", ".kt", ".kts", ".scala", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs",
        ".rb", ".php", ".swift", ".c", ".h", ".cc", ".cpp", ".hpp", ".sql", ".sh", ".ps1",
    };

    private static readonly HashSet<string> s_testFolders = new(StringComparer.OrdinalIgnoreCase) { "test", "tests", "__tests__", "spec", "specs", "e2e", "testing" };

    /// <summary>Scans <paramref name="folder"/> (null: nothing to scan) for the IDs of a module with <paramref name="prefix"/>,
    /// reporting each file read to <paramref name="progress"/>; a cancelled scan stops at the next file.</summary>
    public static SourceScan Scan(WorkspacePath? folder, string docsFolder, string prefix, ScanConfig config, IProgress<StepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (folder is null || !Directory.Exists(folder.FullPath))
        {
            return new SourceScan([], 0, false);
        }

        var tokenizer = new IdTokenizer(prefix);
        var options = FileWalkOptions.From(config) with
        {
            RelativePrefix = folder.RelativePath,
            EnterFolder = (directory, path) => !directory.Name.StartsWith('.') && path != docsFolder,
            IncludeFile = (file, _) => s_extensions.Contains(file.Extension) && file.Length <= MaxFileBytes,
        };
        var (files, stoppedEarly) = FileWalker.Walk(folder.FullPath, options);
        var references = new List<CodeReference>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[i];
            var local = folder.RelativePath.Length == 0 ? path : path[(folder.RelativePath.Length + 1)..];
            Read(Path.Join(folder.FullPath, local), path, IsTest(path), tokenizer, references);
            progress?.Report(new StepProgress(i + 1, files.Count, $"read {path}"));
        }

        return new SourceScan(Sorted(references), files.Count, stoppedEarly);
    }

    /// <summary>Tells whether a path is a test file: in a test folder, or named like one (test_x.py, x_test.go, XTests.cs, x.spec.ts).</summary>
    public static bool IsTest(string relativePath)
    {
        var segments = relativePath.Split('/');
        var name = Path.GetFileNameWithoutExtension(segments[^1]);
        return segments[..^1].Any(s_testFolders.Contains) ||
            name.StartsWith("test_", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_test", StringComparison.OrdinalIgnoreCase) ||
            name.EndsWith("Test", StringComparison.Ordinal) || name.EndsWith("Tests", StringComparison.Ordinal) ||
            name.EndsWith(".test", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".spec", StringComparison.OrdinalIgnoreCase);
    }

    private static void Read(string fullPath, string path, bool isTest, IdTokenizer tokenizer, List<CodeReference> references)
    {
        string[] lines;
        try
        {
            lines = RegularFile.ReadAllLines(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var ids = new List<IdOccurrence>();
        var ignored = new List<MalformedId>();
        for (var i = 0; i < lines.Length; i++)
        {
            ids.Clear();
            tokenizer.Scan(new TextSegment(lines[i], i + 1, 1), path, ids, ignored, null);
            var line = lines[i];
            references.AddRange(ids.Where(o => o.Id.Kind != IdKind.GlobalRequirement).Select(o => new CodeReference(o.Id, o.Text, path, o.Line, isTest, IsTodo(line, o))));
        }
    }

    private static bool IsTodo(string line, IdOccurrence o)
    {
        var start = o.Column - 1;
        var end = start + o.Text.Length;
        return o.Id.Kind == IdKind.Phase && start >= 5 && line.AsSpan(start - 5, 5).SequenceEqual("TODO(") && end < line.Length && line[end] == ')';
    }

    private static IReadOnlyList<CodeReference> Sorted(List<CodeReference> references) =>
        references.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Text, StringComparer.Ordinal).ToArray();
}
