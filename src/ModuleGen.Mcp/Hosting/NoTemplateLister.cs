using ModuleGen.Core.Context;

namespace ModuleGen.Mcp.Hosting;

/// <summary>Lists no packs: the template catalogue is not built yet, so build_context truthfully reports none.</summary>
internal sealed class NoTemplateLister : ITemplateLister
{
    public IReadOnlyList<AvailableTemplate> List() => [];
}
