namespace ModuleGen.Core.Plans;

/// <summary>Builds RFC 6901 JSON pointers into a plan: "/bricks/2/target_dir".</summary>
internal static class PlanPointer
{
    /// <summary>Appends one reference token, escaping '~' and '/' as the RFC requires.</summary>
    public static string Combine(string prefix, string token) =>
        $"{prefix}/{token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Combine(string prefix, int index) => $"{prefix}/{index}";

    /// <summary>Returns the pointer of brick <paramref name="index"/>, optionally of one of its fields.</summary>
    public static string Brick(int index, string? field = null) =>
        field is null ? $"/bricks/{index}" : $"/bricks/{index}/{field}";
}
