using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ModuleGen.Core.Common;

/// <summary>Parses YAML text into YamlDotNet's representation model (the AOT-safe API), returning the syntax error
/// instead of throwing, so each reader maps it to its own finding.</summary>
public static class YamlText
{
    /// <summary>Returns the parsed stream, or the error with its position when the text is not valid YAML.</summary>
    public static (YamlStream? Stream, YamlException? Error) Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return (stream, null);
        }
        catch (YamlException ex)
        {
            return (null, ex);
        }
    }
}
