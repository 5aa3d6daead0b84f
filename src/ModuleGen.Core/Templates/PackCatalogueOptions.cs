namespace ModuleGen.Core.Templates;

/// <summary>Configures where the built-in packs are: by default the packs folder of the program's built-in templates
/// (<see cref="BuiltInTemplateRoot"/>), so no repository is needed at run time.</summary>
/// <param name="BuiltInDirectory">Absolute folder holding one sub-folder per built-in pack.</param>
public sealed record PackCatalogueOptions(string BuiltInDirectory)
{
    /// <summary>Gets the options for an installed executable: the packs folder of <see cref="BuiltInTemplateRoot.Current"/>.</summary>
    public static PackCatalogueOptions Default { get; } = new(Path.Join(BuiltInTemplateRoot.Current, "packs"));
}
