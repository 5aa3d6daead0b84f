namespace ModuleGen.Core.Templates;

/// <summary>Configures where the built-in packs are: by default templates/packs beside the executable, so no
/// repository is needed at run time.</summary>
/// <param name="BuiltInDirectory">Absolute folder holding one sub-folder per built-in pack.</param>
public sealed record PackCatalogueOptions(string BuiltInDirectory)
{
    /// <summary>Gets the options for an installed executable: &lt;AppContext.BaseDirectory&gt;/templates/packs.</summary>
    public static PackCatalogueOptions Default { get; } = new(Path.Join(AppContext.BaseDirectory, "templates", "packs"));
}
