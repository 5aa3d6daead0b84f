namespace ModuleGen.Core.Deployment;

/// <summary>Declares one deployment setting: its key, the pack variable it sets, its kind, and whether it is required.</summary>
/// <param name="Key">The key in <c>settings</c>.</param>
/// <param name="Variable">The dagster-module variable it overrides (its pattern validates the value).</param>
/// <param name="Kind">text, port or list.</param>
/// <param name="Required">Whether the setting must be given.</param>
/// <param name="Description">What it is, for error hints.</param>
public sealed record SettingSpec(string Key, string Variable, string Kind, bool Required, string Description)
{
    public const string Text = "text";
    public const string Port = "port";
    public const string List = "list";
}
