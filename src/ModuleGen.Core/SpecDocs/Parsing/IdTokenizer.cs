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

    /// <summary>Scans one segment; well-formed IDs go to <paramref name="ids"/>, template placeholders to
    /// <paramref name="placeholders"/>, the others to <paramref name="malformed"/>.</summary>
    public void Scan(TextSegment segment, string file, List<IdOccurrence> ids, List<MalformedId> malformed, List<Placeholder>? placeholders)
    {
        var text = segment.Text;
        var taken = -1;
        foreach (Match p in PlaceholderToken().Matches(text))
        {
            placeholders?.Add(new Placeholder(p.Value, file, segment.Line, segment.Column + p.Index));
            taken = p.Index + p.Length;
        }

        foreach (Match m in Candidate().Matches(text))
        {
            if (!m.Value.Any(char.IsAsciiDigit) || (taken >= 0 && Overlaps(m, text)))
            {
                continue;
            }

            var column = segment.Column + m.Index;
            var upper = m.Value.ToUpperInvariant();
            if (upper != m.Value)
            {
                // Only a lower-case token that would be an ID in capitals is reported; "phase-2" in prose is not an ID.
                if (Classify(upper) is not null)
                {
                    malformed.Add(new MalformedId(m.Value, $"IDs are written in capitals: {upper}", file, segment.Line, column));
                }
            }
            else if (Classify(m.Value) is { } id)
            {
                ids.Add(new IdOccurrence(id, m.Value, file, segment.Line, column));
            }
            else
            {
                malformed.Add(new MalformedId(m.Value, Reason(m.Value), file, segment.Line, column));
            }
        }
    }

    /// <summary>Returns whether the text holds a letter or digit outside template placeholders (content, not scaffolding).</summary>
    public static bool HasWords(string text)
    {
        var start = 0;
        foreach (Match p in PlaceholderToken().Matches(text))
        {
            if (text.AsSpan(start, p.Index - start).ContainsAny(s_wordChars))
            {
                return true;
            }

            start = p.Index + p.Length;
        }

        return text.AsSpan(start).ContainsAny(s_wordChars);
    }

    private static readonly System.Buffers.SearchValues<char> s_wordChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static bool Overlaps(Match candidate, string text)
    {
        foreach (Match p in PlaceholderToken().Matches(text))
        {
            if (candidate.Index < p.Index + p.Length && p.Index < candidate.Index + candidate.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the ID a token names, or null when the token is malformed for this module.</summary>
    public SpecId? Classify(string token)
    {
        var global = Global().Match(token);
        if (global.Success)
        {
            return Number(global.Groups[1].Value) is { } n ? new SpecId(IdKind.GlobalRequirement, n) : null;
        }

        var module = Module().Match(token);
        if (!module.Success || module.Groups[2].Value != Prefix || Number(module.Groups[3].Value) is not { } number)
        {
            return null;
        }

        return new SpecId(module.Groups[1].Value switch
        {
            "REQ" => IdKind.Requirement,
            "SCEN" => IdKind.Scenario,
            "TASK" => IdKind.Task,
            _ => IdKind.Phase,
        }, number);
    }

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

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

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
