using System.Security.Cryptography;

namespace ModuleGen.Core.Plans;

/// <summary>Names a plan's content: "sha256:" and the first 16 hex digits of the SHA-256 of its canonical bytes.</summary>
public static class PlanRevision
{
    public const string Prefix = "sha256:";

    /// <summary>Returns the revision of the given bytes.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Prefix + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    /// <summary>Returns the hex part of a revision (file names cannot hold ':').</summary>
    public static string Hex(string revision) =>
        revision.StartsWith(Prefix, StringComparison.Ordinal) ? revision[Prefix.Length..] : revision;

    /// <summary>Tells whether a string has the shape of a revision this class produces.</summary>
    public static bool IsWellFormed(string revision) =>
        revision.Length == Prefix.Length + 16 && revision.StartsWith(Prefix, StringComparison.Ordinal) &&
        revision[Prefix.Length..].All(char.IsAsciiHexDigitLower);
}
