using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ModuleGen.Core.Common;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Scaffolding;

/// <summary>Holds the base store kept beside an answers file (<c>.modulegen-base.txt</c>): every file exactly as the pack
/// generated it last time, the common ancestor update_module merges the user's edits and the new render from.</summary>
/// <remarks>
/// Why pristine copies, committed with the module, rather than re-rendering the recorded pack version: a teammate's
/// fresh clone, a newer ModuleGen or a changed pack would all need the old pack <em>and</em> the old engine to produce
/// the same bytes again; workspace-local packs keep no history, and an engine change (as from one template language to
/// another) renders old packs differently or not at all. A copy costs the size of the generated files (a few kB for a
/// module) and diffs like source in review. Each entry carries its hash, which must equal the answers file's, so a
/// copy edited or mangled by hand is never used as a base.
/// Format: a header comment, then per file a line <c>#@ file "path" sha256 "hex" lines N eol yes|no</c> followed by
/// exactly N lines of content (the last one without its newline when <c>eol no</c>), so no escaping is needed.
/// </remarks>
public sealed partial record GeneratedBase(IReadOnlyList<KeyValuePair<string, string>> Files)
{
    private const string Header =
        "# Written by ModuleGen: each generated file exactly as the pack rendered it last time, the base update_module merges\n" +
        "# your edits from. Commit it with the module; do not edit by hand.\n";

    /// <summary>Returns the stored text of a target-relative file when it matches <paramref name="sha256"/>; otherwise null.</summary>
    public string? TextOf(string path, string? sha256) =>
        Files.FirstOrDefault(f => f.Key == path) is { Key: not null } found && sha256 is not null && ContentHash.Of(found.Value) == sha256 ? found.Value : null;

    /// <summary>Writes the store as text, files sorted by path.</summary>
    public string Write()
    {
        var text = new StringBuilder(Header);
        foreach (var (path, content) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var lines = TextLines.Split(content);
            var endsWithNewline = content.Length == 0 || content.EndsWith('\n');
            text.Append("#@ file ").Append(DoubleQuoted.Of(path)).Append(" sha256 \"").Append(ContentHash.Of(content))
                .Append("\" lines ").Append(lines.Length.ToString(CultureInfo.InvariantCulture)).Append(endsWithNewline ? " eol yes\n" : " eol no\n");
            text.Append(content);
            if (!endsWithNewline)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a store; entries whose content does not match their own hash are left out (so never used as a base).</summary>
    public static GeneratedBase Read(string text)
    {
        var lines = TextLines.Split(text);
        var files = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = EntryLine().Match(lines[i]);
            if (!entry.Success)
            {
                continue;
            }

            var count = int.Parse(entry.Groups["lines"].Value, CultureInfo.InvariantCulture);
            if (count > lines.Length - i - 1)
            {
                break;
            }

            var content = string.Concat(lines[(i + 1)..(i + 1 + count)]);
            if (entry.Groups["eol"].Value == "no" && content.EndsWith('\n'))
            {
                content = content[..^1];
            }

            var path = entry.Groups["path"].Value.Replace("\\\"", "\"").Replace("\\\\", "\\");
            if (ContentHash.Of(content) == entry.Groups["hash"].Value)
            {
                files.Add(new(path, content));
            }

            i += count;
        }

        return new GeneratedBase(files);
    }

    [GeneratedRegex("""^#@ file "(?<path>(?:[^"\\]|\\.)*)" sha256 "(?<hash>[0-9a-f]{64})" lines (?<lines>\d{1,9}) eol (?<eol>yes|no)\n$""")]
    private static partial Regex EntryLine();
}
