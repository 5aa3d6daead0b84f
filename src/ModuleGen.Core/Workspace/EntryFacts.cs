namespace ModuleGen.Core.Workspace;

/// <summary>Is what the file system says about one workspace entry: its kind, permission bits and owner.</summary>
/// <param name="Kind">Missing, a regular file, a folder, a symbolic link or something else (FIFO, socket, device).</param>
/// <param name="Permissions">The permission bits (e.g. 0644), 0 when unknown.</param>
/// <param name="Owner">The owning user id, when known.</param>
/// <param name="Group">The owning group id, when known.</param>
/// <param name="Size">The size in bytes.</param>
internal readonly record struct EntryFacts(EntryKind Kind, uint Permissions, uint? Owner, uint? Group, long Size)
{
    public static EntryFacts Missing { get; } = new(EntryKind.Missing, 0, null, null, 0);

    /// <summary>Gets the device and inode: what the entry is, not where (0 when the platform does not say).</summary>
    public (ulong Device, ulong Inode) Identity { get; init; }

    /// <summary>Tells whether two entries are known to be the same file (two names of one inode).</summary>
    public bool IsSameFileAs(EntryFacts other) => Identity.Inode != 0 && Identity == other.Identity;

    /// <summary>Gets whether the owner may write the file (a file without it is read-only and is not replaced).</summary>
    public bool OwnerWritable => Kind != EntryKind.File || Permissions == 0 || (Permissions & 0x80) != 0;
}

/// <summary>Names what kind of entry a path holds.</summary>
internal enum EntryKind
{
    Missing,
    File,
    Folder,
    Link,
    Special,
}
