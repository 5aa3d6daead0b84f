namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Names what an OpenSpec delta does to a requirement of a capability's main spec.</summary>
public enum DeltaKind
{
    Added,
    Modified,
    Removed,
    Renamed,
}
