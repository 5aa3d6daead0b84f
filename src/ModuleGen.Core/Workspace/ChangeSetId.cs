using System.Text;

namespace ModuleGen.Core.Workspace;

/// <summary>Names a planned change set by its content: a hash over every planned write (path, the text it was computed
/// from, the new text or a removal). A dry run returns it; an apply given it recomputes it under the lock and refuses,
/// writing nothing, when anything differs — what was previewed is what is written.</summary>
internal static class ChangeSetId
{
    public const string Prefix = "cs-";

    public static string Of(IEnumerable<PendingWrite> writes)
    {
        var text = new StringBuilder();
        foreach (var write in writes.OrderBy(w => w.Path.RelativePath, StringComparer.Ordinal))
        {
            text.Append(write.Path.RelativePath).Append('\t')
                .Append(write.OldText is null ? "-" : Hash(write.OldText)).Append('\t')
                .Append(write.Delete ? "delete" : Hash(write.Content)).Append('\n');
        }

        return Prefix + Hash(text.ToString())[..24];
    }

    /// <summary>Returns the refusal for an apply whose change set differs from the previewed one, or null when it matches
    /// (or no id was given).</summary>
    public static Common.ToolError? Mismatch(string? given, string actual, string pointer) =>
        given is null || string.Equals(given, actual, StringComparison.Ordinal)
            ? null
            : Common.ToolError.Create(Common.ErrorCodes.ChangeSetStale, pointer,
                $"The change set is now {actual}, not {Common.Preview.Of(given)}: files or inputs changed since the dry run. Nothing was written.",
                "Run the dry run again, review the new changes, and apply with the change_set_id it returns.").WithFound(given);

    private static string Hash(string text) => CommitJournal.HashOf(Encoding.UTF8.GetBytes(text));
}
