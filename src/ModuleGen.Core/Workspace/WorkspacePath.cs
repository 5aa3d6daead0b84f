namespace ModuleGen.Core.Workspace;

/// <summary>Names a path that passed the containment check: its absolute form and its workspace-relative form (with '/').</summary>
public sealed record WorkspacePath(string FullPath, string RelativePath)
{
    public bool Exists => File.Exists(FullPath) || Directory.Exists(FullPath);
}
