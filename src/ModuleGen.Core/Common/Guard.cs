namespace ModuleGen.Core.Common;

/// <summary>Throws for programmer errors only; expected failures are returned as <see cref="ToolError"/>.</summary>
internal static class Guard
{
    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
