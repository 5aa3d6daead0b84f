using ModuleGen.Core.Common;

namespace ModuleGen.Core.Templates;

/// <summary>Re-places an error found in a nested value (a condition, a template) at the pointer of the value in its request or file.</summary>
internal static class ErrorPlacement
{
    public static ToolError At(ToolError error, string pointer, SourceLocation? location = null) =>
        ToolError.Create(error.Code, pointer, error.Message, error.Hint) with { Found = error.Found, Location = location ?? error.Location };
}
