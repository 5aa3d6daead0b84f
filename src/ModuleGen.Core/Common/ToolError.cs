namespace ModuleGen.Core.Common;

/// <summary>Describes one expected failure in a form a model can act on: what, where, and how to fix it.</summary>
/// <remarks>
/// <see cref="Code"/> is stable and documented (docs/errors.md); <see cref="Pointer"/> is an RFC 6901 JSON
/// Pointer into the request or file (<c>""</c> is the root). The same records feed SARIF results later.
/// </remarks>
public sealed record ToolError
{
    private ToolError(string code, string pointer, string message, string hint)
    {
        Code = code;
        Pointer = pointer;
        Message = message;
        Hint = hint;
    }

    public string Code { get; }

    public string Pointer { get; }

    public string Message { get; }

    public string Hint { get; }

    /// <summary>The offending value, shortened, when there is one to show.</summary>
    public string? Found { get; init; }

    /// <summary>File, line and column for errors inside a file (YAML, Markdown, templates).</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Creates an error with the given stable code, pointer, message and fix hint.</summary>
    public static ToolError Create(string code, string pointer, string message, string hint) =>
        new(code, pointer, message, hint);

    /// <summary>Creates the error for a required argument or field that is absent.</summary>
    public static ToolError Missing(string pointer, string name) =>
        new(ErrorCodes.ArgumentMissing, pointer, $"'{name}' is required.", $"Pass a value for '{name}'.");

    /// <summary>Returns a copy that shows the offending value, shortened so huge inputs stay readable.</summary>
    public ToolError WithFound(string? value) => this with { Found = Preview.Of(value) };
}
