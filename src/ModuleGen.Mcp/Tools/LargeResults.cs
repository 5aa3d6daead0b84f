using System.Security.Cryptography;
using System.Text;
using ModelContextProtocol.Protocol;

namespace ModuleGen.Mcp.Tools;

/// <summary>Keeps the large parts of tool results (a dry run's diffs, a trace matrix) for the session, so an answer can
/// carry a summary and a resource link the client reads on demand instead of many kilobytes every model turn pays for.</summary>
/// <remarks>Parts are named by a hash of their content, so the same result gives the same link; the most recent
/// <see cref="MaxEntries"/> parts (at most <see cref="MaxBytes"/> in all) are kept, older ones are forgotten and the
/// call that made them can be repeated.</remarks>
internal sealed class LargeResults
{
    /// <summary>The most bytes a part is answered inline; a larger one becomes a resource link.</summary>
    public const int InlineLimit = 16 * 1024;

    public const string UriPrefix = "modulegen://results/";

    private const int MaxEntries = 32;
    private const long MaxBytes = 32L * 1024 * 1024;

    private readonly LinkedList<(string Id, string MimeType, string Text)> _kept = new();
    private readonly object _gate = new();

    /// <summary>Tells whether parts this size are answered through a link.</summary>
    public static bool TooLarge(long bytes) => bytes > InlineLimit;

    /// <summary>Keeps a part and returns the link to it.</summary>
    public ResourceLinkBlock Keep(string name, string description, string mimeType, string text)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        lock (_gate)
        {
            if (_kept.FirstOrDefault(k => k.Id == id) is { Id: not null } existing)
            {
                _kept.Remove(existing);
            }

            _kept.AddFirst((id, mimeType, text));
            while (_kept.Count > MaxEntries || (_kept.Count > 1 && _kept.Sum(k => (long)k.Text.Length) > MaxBytes))
            {
                _kept.RemoveLast();
            }
        }

        return new ResourceLinkBlock
        {
            Uri = UriPrefix + id,
            Name = name,
            Description = description,
            MimeType = mimeType,
            Size = Encoding.UTF8.GetByteCount(text),
        };
    }

    /// <summary>Keeps a dry run's diffs when together they pass the inline limit; null when they fit in the answer.</summary>
    public ResourceLinkBlock? KeepDiffs(IEnumerable<string?> diffs, string name, string description)
    {
        var kept = diffs.OfType<string>().ToArray();
        return TooLarge(kept.Sum(d => (long)d.Length)) ? Keep(name, description, "text/x-diff", string.Concat(kept)) : null;
    }

    /// <summary>Returns a kept part, or null when it is unknown or forgotten.</summary>
    public (string MimeType, string Text)? Read(string id)
    {
        lock (_gate)
        {
            return _kept.FirstOrDefault(k => k.Id == id) is { Id: not null } kept ? (kept.MimeType, kept.Text) : null;
        }
    }
}
