using ModuleGen.Core.Common;

namespace ModuleGen.Core.Updating;

/// <summary>Finds conflicts an update (or git) left in a file and nobody resolved: a line starting with
/// <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, then <c>=======</c>, then <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>, each on its own line, in that
/// order (an optional <c>|||||||</c> base section between the first two).</summary>
/// <remarks>Only the whole sequence counts, so a Markdown or reStructuredText heading underlined with '=' is not a
/// conflict. A marker is the seven characters alone on the line or followed by a space and a label, as git writes them.</remarks>
public static class ConflictMarkers
{
    /// <summary>The marker that opens a conflict (the file's side follows).</summary>
    public const string Ours = "<<<<<<<";

    /// <summary>The marker that opens the base section of a diff3 conflict.</summary>
    public const string Base = "|||||||";

    /// <summary>The line between the two sides.</summary>
    public const string Separator = "=======";

    /// <summary>The marker that closes a conflict (the new side's label follows).</summary>
    public const string Theirs = ">>>>>>>";

    /// <summary>Returns the line (1-based) of each unresolved conflict's opening marker, in order; empty when there is none.</summary>
    public static IReadOnlyList<int> Find(string text)
    {
        if (!text.Contains(Ours, StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<int>();
        var lines = TextLines.Split(text);
        int? opened = null;
        var separated = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\n').TrimEnd('\r');
            if (IsMarker(line, Ours))
            {
                (opened, separated) = (i + 1, false);
            }
            else if (opened is not null && line == Separator)
            {
                separated = true;
            }
            else if (opened is { } start && separated && IsMarker(line, Theirs))
            {
                found.Add(start);
                (opened, separated) = (null, false);
            }
        }

        return found;
    }

    private static bool IsMarker(string line, string marker) =>
        line.StartsWith(marker, StringComparison.Ordinal) && (line.Length == marker.Length || line[marker.Length] == ' ');
}
