namespace ModuleGen.Core.Context;

/// <summary>Lists the template packs available to a workspace (implemented by the template catalogue).</summary>
public interface ITemplateLister
{
    /// <summary>Gets the packs in name order.</summary>
    IReadOnlyList<AvailableTemplate> List();
}
