using System.Text.RegularExpressions;
using ModuleGen.Core.Context;
using ModuleGen.Core.Workspace;

namespace ModuleGen.Core.Registry;

/// <summary>Finds the workspace.yaml a repository runs when it is not at the root, the way a person reading the
/// repository would: first the <c>-w/--workspace</c> argument of <c>dagster dev</c>, <c>dagster-webserver</c> or
/// <c>dagster-daemon</c> in compose files, Dockerfiles, Makefiles, Procfiles and package scripts (a path inside a
/// container is traced back through the compose volumes and the Dockerfile <c>COPY</c> that put the file there); then a
/// workspace.yaml a Dockerfile copies into an image; then the only workspace.yaml under the repository. Each answer
/// says why it was chosen.</summary>
internal static partial class WorkspaceYamlLocator
{
    private const long MaxBytes = 1 << 20;

    /// <summary>Returns the workspace.yaml in use with the reason, the candidates found (several and no reference: the
    /// repository does not say which one runs), and whether the file is read by a container (its absolute paths are
    /// container paths).</summary>
    public static (string? Path, string? Reason, IReadOnlyList<string> Candidates, bool InContainer) Locate(string root, WorkspaceScan scan)
    {
        var candidates = scan.Files.Where(f => System.IO.Path.GetFileName(f) is "workspace.yaml" or "workspace.yml" && !f.StartsWith(".modulegen/", StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
        {
            return (null, null, [], false);
        }

        var texts = scan.Files.Where(IsLauncher).Select(f => (File: f, Text: Read(root, f))).Where(t => t.Text is not null).ToArray();
        var copies = texts.Where(t => IsDockerfile(t.File)).SelectMany(t => Copies(t.File, t.Text!)).ToArray();
        foreach (var (file, text) in texts)
        {
            var lines = text!.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var normalised = Quotes().Replace(lines[i], " ");
                if (Launch().Match(normalised) is not { Success: true } match)
                {
                    continue;
                }

                var reference = match.Groups["path"].Value;
                var why = $"{file}:{i + 1} runs Dagster with -w {reference}";
                var folder = Folder(file);
                if (!reference.StartsWith('/') && Join(folder, reference) is var relative && candidates.Contains(relative))
                {
                    return (relative, why, candidates, IsDockerfile(file) || IsCompose(file));
                }

                if (Volumes(text, folder).FirstOrDefault(v => reference == v.Container || reference.StartsWith(v.Container + "/", StringComparison.Ordinal)) is { Host: not null } volume
                    && Join(volume.Host, reference[volume.Container.Length..].TrimStart('/')) is var mounted && candidates.Contains(mounted))
                {
                    return (mounted, $"{why}, mounted from {mounted}", candidates, true);
                }

                if (copies.FirstOrDefault(c => c.Destination == reference && candidates.Contains(c.Source)) is { Source: not null } copy)
                {
                    return (copy.Source, $"{why}, copied there by {copy.At}", candidates, true);
                }

                var bySuffix = candidates.Where(c => reference.EndsWith("/" + c, StringComparison.Ordinal) || reference == c || reference.EndsWith("/" + System.IO.Path.GetFileName(c), StringComparison.Ordinal)).ToArray();
                if (bySuffix.Length == 1)
                {
                    return (bySuffix[0], why, candidates, true);
                }
            }
        }

        if (copies.FirstOrDefault(c => candidates.Contains(c.Source)) is { Source: not null } copied)
        {
            return (copied.Source, $"{copied.At} copies it into an image", candidates, true);
        }

        return candidates.Length == 1 ? (candidates[0], $"the only {System.IO.Path.GetFileName(candidates[0])} in the repository", candidates, false) : (null, null, candidates, false);
    }

    private static bool IsLauncher(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        return IsDockerfile(file) || IsCompose(file) || name is "Makefile" or "makefile" or "GNUmakefile" or "package.json" or "justfile" || name.StartsWith("Procfile", StringComparison.Ordinal) || name.EndsWith(".mk", StringComparison.Ordinal);
    }

    private static bool IsDockerfile(string file) => System.IO.Path.GetFileName(file) is var name && (name.StartsWith("Dockerfile", StringComparison.Ordinal) || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".dockerfile", StringComparison.Ordinal));

    private static bool IsCompose(string file) => System.IO.Path.GetFileName(file) is var name && (name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal)) && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal));

    // COPY/ADD [--flags] sources… destination, with the destination as the container sees it (WORKDIR applied).
    private static IEnumerable<(string? Source, string Destination, string At)> Copies(string file, string text)
    {
        var workdir = "/";
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = Quotes().Replace(lines[i], " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && words[0].Equals("WORKDIR", StringComparison.OrdinalIgnoreCase))
            {
                workdir = words[1].StartsWith('/') ? words[1] : $"{workdir.TrimEnd('/')}/{words[1]}";
            }

            if (words.Length < 3 || !(words[0].Equals("COPY", StringComparison.OrdinalIgnoreCase) || words[0].Equals("ADD", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = words.Skip(1).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
            var destination = parts[^1].StartsWith('/') ? parts[^1] : $"{workdir.TrimEnd('/')}/{parts[^1]}";
            foreach (var source in parts[..^1].Where(s => System.IO.Path.GetFileName(s) is "workspace.yaml" or "workspace.yml"))
            {
                var target = destination.EndsWith('/') || parts.Length > 2 || destination.EndsWith("/.", StringComparison.Ordinal)
                    ? $"{destination.TrimEnd('.').TrimEnd('/')}/{System.IO.Path.GetFileName(source)}"
                    : destination;
                yield return (Join(Folder(file), source), target, $"{file}:{i + 1}");
                if (!destination.EndsWith('/') && System.IO.Path.GetFileName(destination) != System.IO.Path.GetFileName(source))
                {
                    yield return (Join(Folder(file), source), $"{destination}/{System.IO.Path.GetFileName(source)}", $"{file}:{i + 1}");
                }
            }
        }
    }

    // Compose volumes written host:container[:mode], the host side relative to the compose file.
    private static IEnumerable<(string? Host, string Container)> Volumes(string text, string folder) =>
        Volume().Matches(text).Select(m => ((string?)Join(folder, m.Groups["host"].Value), m.Groups["container"].Value.TrimEnd('/')));

    private static string? Read(string root, string file)
    {
        try
        {
            var path = System.IO.Path.Join(root, file);
            return new FileInfo(path).Length <= MaxBytes ? RegularFile.ReadAllText(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Folder(string file) => file.Contains('/') ? file[..file.LastIndexOf('/')] : "";

    private static string Join(string folder, string path)
    {
        var parts = new List<string>();
        foreach (var part in (folder.Length == 0 ? path : $"{folder}/{path}").Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex("""["'\[\],]""")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\b(dagster-webserver|dagster-daemon|dagit|dagster\s+dev)\b.*?\s(-w|--workspace)(\s+|=)(?<path>[^\s;&|]+)")]
    private static partial Regex Launch();

    [GeneratedRegex(@"(?m)^\s*-\s*[""']?(?<host>\.{1,2}(/[^:""'\s]*)?|[A-Za-z0-9_][^:""'\s]*\.ya?ml):(?<container>/[^:""'\s]*)")]
    private static partial Regex Volume();
}
