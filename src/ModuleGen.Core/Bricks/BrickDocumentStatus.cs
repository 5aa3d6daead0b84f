namespace ModuleGen.Core.Bricks;

/// <summary>Names the states of a brick document.</summary>
public static class BrickDocumentStatus
{
    public const string Found = "found";
    public const string Missing = "missing";
    public const string Created = "created";
}
