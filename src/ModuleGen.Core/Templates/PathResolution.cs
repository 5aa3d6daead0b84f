namespace ModuleGen.Core.Templates;

/// <summary>Reports how one template path resolved: its value, whether its form is allowed, and the top-level model name
/// it went through when it was resolved against the root.</summary>
internal sealed record PathResolution(ResolvedValue Value, bool Unsupported, string? RootName)
{
    public bool Ok => Value.Ok;
}
