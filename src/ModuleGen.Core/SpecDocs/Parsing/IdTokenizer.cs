using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Recognises ID tokens inside a run of inline text and classifies each as a well-formed ID of this module
/// or a malformed one (missing or foreign prefix, letters in the number, number 0).</summary>
internal sealed partial class IdTokenizer(string prefix)
{
    public string Prefix { get; } = prefix;

    /// <summary>Scans one segment; well-formed IDs go to <paramref name="ids"/>, the others to <paramref name="malformed"/>.</summary>
    public void Scan(TextSegment segment, string file, List<IdOccurrence> ids, List<MalformedId> malformed)
    {
        foreach (Match m in Candidate().Matches(segment.Text))
        {
            if (!m.Value.Any(char.IsAsciiDigit))
            {
                continue;
            }

            var column = segment.Column + m.Index;
            if (Classify(m.Value) is { } id)
            {
                ids.Add(new IdOccurrence(id, m.Value, file, segment.Line, column));
            }
            else
            {
                malformed.Add(new MalformedId(m.Value, Reason(m.Value), file, segment.Line, column));
            }
        }
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

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])(?:REQ|SCEN|TASK|PHASE)-[A-Za-z0-9_-]*[A-Za-z0-9_]", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"^REQ-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Global();

    [GeneratedRegex(@"^(REQ|SCEN|TASK|PHASE)-([A-Z][A-Z0-9]*)-([0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Module();

    [GeneratedRegex(@"^(SCEN|TASK|PHASE)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingPrefix();
}
