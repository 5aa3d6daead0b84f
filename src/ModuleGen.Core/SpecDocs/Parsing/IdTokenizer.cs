using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Recognises ID tokens inside a run of inline text and classifies each as a well-formed ID of this module,
/// a malformed one (missing or foreign prefix, letters in the number, number 0, lower case) or a template placeholder
/// (<c>REQ-N</c>, <c>SCEN-{MODULE}-01</c>).</summary>
internal sealed partial class IdTokenizer(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>The text of every well-formed ID seen, once: an ID is cited many times, and each citation kept its own copy.</summary>
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Scans one segment; well-formed IDs go to <paramref name="ids"/>, template placeholders to
    /// <paramref name="placeholders"/>, the others to <paramref name="malformed"/>.</summary>
    public void Scan(TextSegment segment, string file, List<IdOccurrence> ids, List<MalformedId> malformed, List<Placeholder>? placeholders)
    {
        var text = segment.Span;
        // Every token has a hyphen: most text of a large set has none, and skips both patterns (a 20,000-requirement
        // set scans millions of segments, so nothing here allocates until a token is found).
        if (!text.Contains('-'))
        {
            return;
        }

        var taken = -1;
        foreach (var p in PlaceholderToken().EnumerateMatches(text))
        {
            placeholders?.Add(new Placeholder(text.Slice(p.Index, p.Length).ToString(), file, segment.Line, segment.Column + p.Index));
            taken = p.Index + p.Length;
        }

        foreach (var m in Candidate().EnumerateMatches(text))
        {
            var token = text.Slice(m.Index, m.Length);
            if (!token.ContainsAnyInRange('0', '9') || (taken >= 0 && Overlaps(m.Index, m.Length, text)))
            {
                continue;
            }

            var column = segment.Column + m.Index;
            if (token.ContainsAnyInRange('a', 'z'))
            {
                // Only a lower-case token that would be an ID in capitals is reported; "phase-2" in prose is not an ID.
                var upper = token.ToString().ToUpperInvariant();
                if (Classify(upper) is not null)
                {
                    malformed.Add(new MalformedId(token.ToString(), $"IDs are written in capitals: {upper}", file, segment.Line, column));
                }
            }
            else if (Classify(token) is { } id)
            {
                ids.Add(new IdOccurrence(id, Text(token), file, segment.Line, column));
            }
            else
            {
                var value = token.ToString();
                malformed.Add(new MalformedId(value, Reason(value), file, segment.Line, column));
            }
        }
    }

    /// <summary>Returns whether the text holds a letter or digit outside template placeholders (content, not scaffolding).</summary>
    public static bool HasWords(ReadOnlySpan<char> text)
    {
        var start = 0;
        foreach (var p in PlaceholderToken().EnumerateMatches(text))
        {
            if (text[start..p.Index].ContainsAny(s_wordChars))
            {
                return true;
            }

            start = p.Index + p.Length;
        }

        return text[start..].ContainsAny(s_wordChars);
    }

    private static readonly System.Buffers.SearchValues<char> s_wordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static bool Overlaps(int index, int length, ReadOnlySpan<char> text)
    {
        foreach (var p in PlaceholderToken().EnumerateMatches(text))
        {
            if (index < p.Index + p.Length && p.Index < index + length)
            {
                return true;
            }
        }

        return false;
    }

    private string Text(ReadOnlySpan<char> token)
    {
        var texts = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!texts.TryGetValue(token, out var text))
        {
            text = token.ToString();
            _texts.Add(text, text);
        }

        return text;
    }

    /// <summary>Returns the ID a token names, or null when the token is malformed for this module.</summary>
    public SpecId? Classify(string token) => Classify(token.AsSpan());

    /// <summary>Reads <c>REQ-7</c> (a global requirement) or <c>KIND-PREFIX-7</c> (upper-case prefix, positive number)
    /// by hand: this runs for every ID of a set, and the patterns it replaces allocated a match and its groups each time.</summary>
    private SpecId? Classify(ReadOnlySpan<char> token)
    {
        var first = token.IndexOf('-');
        if (first <= 0)
        {
            return null;
        }

        var word = token[..first];
        var rest = token[(first + 1)..];
        if (word.SequenceEqual("REQ") && Number(rest) is { } global)
        {
            return new SpecId(IdKind.GlobalRequirement, global);
        }

        var second = rest.IndexOf('-');
        if (second <= 0 || !rest[..second].SequenceEqual(Prefix) || !IsPrefix(rest[..second]) || Number(rest[(second + 1)..]) is not { } number)
        {
            return null;
        }

        IdKind? kind = word switch
        {
            "REQ" => IdKind.Requirement,
            "SCEN" => IdKind.Scenario,
            "TASK" => IdKind.Task,
            "PHASE" => IdKind.Phase,
            _ => null,
        };
        return kind is { } k ? new SpecId(k, number) : null;
    }

    /// <summary>Returns whether a module prefix is an upper-case letter followed by upper-case letters and digits.</summary>
    private static bool IsPrefix(ReadOnlySpan<char> prefix) =>
        char.IsAsciiLetterUpper(prefix[0]) && !prefix.ContainsAnyExcept(s_prefixChars);

    private static readonly System.Buffers.SearchValues<char> s_prefixChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private string Reason(string token)
    {
        var module = Module().Match(token);
        if (module.Success && module.Groups[2].Value != Prefix)
        {
            return $"its module prefix is '{module.Groups[2].Value}' but this module's prefix is '{Prefix}'";
        }

        if (module.Success || Global().IsMatch(token))
        {
            return "its number must be a positive integer";
        }

        var word = token[..token.IndexOf('-', StringComparison.Ordinal)];
        return MissingPrefix().IsMatch(token)
            ? $"{word} IDs need the module prefix: {word}-{Prefix}-N"
            : $"it is neither REQ-N nor {word}-{Prefix}-N (upper-case prefix, then a number)";
    }

    private static int? Number(ReadOnlySpan<char> digits) =>
        !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9') && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:REQ|SCEN|TASK|PHASE)-[A-Za-z0-9_-]*[A-Za-z0-9_]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    /// <summary>Matches the placeholders ID templates are written with: a number N (or X, or {N}) and/or a module part
    /// {MODULE}, MODULE or PREFIX; <c>REQ-N</c>, <c>REQ-OAGW-N</c>, <c>SCEN-{MODULE}-01</c>, <c>PHASE-MODULE-01</c>.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:REQ|SCEN|TASK|PHASE)-(?:(?:\{[A-Za-z_]+\}|MODULE|PREFIX)-(?:[0-9]+|N|X|\{[A-Za-z_]+\})|(?:[A-Z][A-Z0-9]*-)?(?:N|X|\{[A-Za-z_]+\}))(?![A-Za-z0-9_{}-])", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderToken();

    [GeneratedRegex(@"^REQ-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Global();

    [GeneratedRegex(@"^(REQ|SCEN|TASK|PHASE)-([A-Z][A-Z0-9]*)-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Module();

    [GeneratedRegex(@"^(SCEN|TASK|PHASE)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPrefix();
}
