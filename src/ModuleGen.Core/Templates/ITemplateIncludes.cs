using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Supplies the files a template may <c>include</c>: only files of its own pack, read through the same
/// containment check as every other pack source.</summary>
public interface ITemplateIncludes
{
    /// <summary>Reads <paramref name="name"/> (relative to the pack's files/ folder) as a template source.</summary>
    Result<TemplateSource> Include(string name);
}
