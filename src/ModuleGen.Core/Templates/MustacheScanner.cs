using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Finds every <c>{{…}}</c> tag of a Handlebars template with its line and column; text between tags is
/// not needed by the checker and is skipped.</summary>
internal static class MustacheScanner
{
    /// <summary>Returns the tags in order, or a <c>template.syntax</c> error for a tag that is never closed.</summary>
    public static Result<IReadOnlyList<MustacheTag>> Scan(TemplateSource source)
    {
        var text = source.Text;
        var tags = new List<MustacheTag>();
        var position = 0;
        var line = 1;
        var lineStart = 0;
        while (true)
        {
            var open = text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                return Result<IReadOnlyList<MustacheTag>>.Ok(tags);
            }

            Advance(open);
            var (closer, kindHint) = Opening(text, open);
            var close = text.IndexOf(closer, open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                return ToolError.Create(ErrorCodes.TemplateSyntax, "", $"A '{{{{' tag in {source.Name} is never closed with '{closer}'.",
                    $"Close the tag with '{closer}'.") with { Location = source.At(line, open - lineStart + 1) };
            }

            var end = close + closer.Length;
            var raw = text[open..end];
            tags.Add(Classify(raw, kindHint, line, open - lineStart + 1));
            Advance(end);
            position = end;
        }

        void Advance(int to)
        {
            for (var i = position; i < to; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            position = to;
        }
    }

    private static (string Closer, MustacheKind? Kind) Opening(string text, int open)
    {
        var rest = text.AsSpan(open);
        if (rest.StartsWith("{{{{"))
        {
            return ("}}}}", MustacheKind.Unsupported);
        }

        var afterTilde = rest.StartsWith("{{~") ? 3 : 2;
        if (rest[afterTilde..].StartsWith("!--"))
        {
            return ("--}}", MustacheKind.Comment);
        }

        if (rest[afterTilde..].StartsWith("!"))
        {
            return ("}}", MustacheKind.Comment);
        }

        return rest.StartsWith("{{{") ? ("}}}", MustacheKind.Expression) : ("}}", null);
    }

    private static MustacheTag Classify(string raw, MustacheKind? hint, int line, int column)
    {
        var inner = raw.TrimStart('{').TrimEnd('}').Trim('~').Trim();
        if (hint is { } known)
        {
            return new MustacheTag(known, inner, raw, line, column);
        }

        if (inner.Length == 0)
        {
            return new MustacheTag(MustacheKind.Expression, inner, raw, line, column);
        }

        var rest = inner[1..].Trim();
        return inner[0] switch
        {
            '#' when rest.StartsWith('>') || rest.StartsWith('*') => new MustacheTag(MustacheKind.Unsupported, inner, raw, line, column),
            '#' => new MustacheTag(MustacheKind.BlockOpen, rest, raw, line, column),
            '/' => new MustacheTag(MustacheKind.BlockClose, rest, raw, line, column),
            '^' when rest.Length == 0 => new MustacheTag(MustacheKind.Else, "", raw, line, column),
            '^' or '>' or '*' => new MustacheTag(MustacheKind.Unsupported, inner, raw, line, column),
            '&' => new MustacheTag(MustacheKind.Expression, rest, raw, line, column),
            _ when inner == "else" => new MustacheTag(MustacheKind.Else, "", raw, line, column),
            _ when inner.StartsWith("else ", StringComparison.Ordinal) => new MustacheTag(MustacheKind.Else, inner[5..].Trim(), raw, line, column),
            _ => new MustacheTag(MustacheKind.Expression, inner, raw, line, column),
        };
    }
}
