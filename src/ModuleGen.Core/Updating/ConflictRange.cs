namespace ModuleGen.Core.Updating;

/// <summary>Locates one conflict of an update in the file as written: its first and last line (1-based; inline, the
/// opening and closing markers), and where the region started in the earlier render.</summary>
public sealed record ConflictRange(int StartLine, int EndLine, int BaseLine);
