using System.Globalization;
using System.Text.RegularExpressions;
using ModuleGen.Core.SpecDocs.Model;

namespace ModuleGen.Core.SpecDocs.Parsing;

/// <summary>Recognises a heading that names a phase: a <c>PHASE-{M}-N</c> token in it, or the words "Phase N".</summary>
internal static partial class PhaseHeading
{
    public static int? Number(string text, IReadOnlyList<IdOccurrence> tokens)
    {
        if (tokens.FirstOrDefault(t => t.Id.Kind == IdKind.Phase) is { } token)
        {
            return token.Id.Number;
        }

        var m = Words().Match(text);
        return m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    [GeneratedRegex(@"\bphase\s+([0-9]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
