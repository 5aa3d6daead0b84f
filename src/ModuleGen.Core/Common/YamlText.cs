using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Common;

/// <summary>Parses YAML text into YamlDotNet's representation model (the AOT-safe API) — the one way every file
/// ModuleGen reads as YAML is parsed — refusing nesting deeper than <see cref="MaxDepth"/>.</summary>
/// <remarks>Why a depth cap: the scanner's work per token grows with the nesting depth, so a 64 KB line of
/// <c>[[[[…</c> took the better part of a minute on every start; a repository's file is input, not code we trust.
/// The cap is checked on the parser's events as they come, so the refusal arrives after at most
/// <see cref="MaxDepth"/> levels have been read.</remarks>
public static class YamlText
{
    /// <summary>The deepest nesting of mappings and sequences accepted (no file ModuleGen reads comes near it).</summary>
    public const int MaxDepth = 64;

    /// <summary>Returns the parsed stream, or the error with its position when the text is not valid YAML or nests too deep.</summary>
    public static (YamlStream? Stream, YamlException? Error) Parse(string text)
    {
        try
        {
            return (Load(text), null);
        }
        catch (YamlException ex)
        {
            return (null, ex);
        }
    }

    /// <summary>Parses the text.</summary>
    /// <exception cref="YamlException">Thrown when the text is not valid YAML or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static YamlStream Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new DepthLimited(new Parser(new StringReader(text))));
        return stream;
    }

    /// <summary>Passes the parser's events on, counting how deep collections nest.</summary>
    private sealed class DepthLimited(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"Collections nest more than {MaxDepth} deep here; ModuleGen reads YAML at most {MaxDepth} levels deep.");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }
}
