using ModuleGen.Core.Context;

namespace ModuleGen.Core.Tests.Support;

/// <summary>Lists no template packs.</summary>
public sealed class NoTemplates : ITemplateLister
{
    public IReadOnlyList<AvailableTemplate> List() => [];
}
