using System.Security.Cryptography;
using System.Text;

namespace ModuleGen.Core.Workspace;

/// <summary>Hashes generated text the way answers files record it: SHA-256 of the UTF-8 bytes, lower-case hex.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
