namespace ModuleGen.Core.Common;

/// <summary>Carries the problems of a refused call as structured content: <c>{"errors": [...], "omitted": n}</c>, at
/// most <see cref="MaxErrors"/> errors plus the count of the rest.</summary>
public sealed record ToolFailure(IReadOnlyList<ToolError> Errors)
{
    /// <summary>The most errors one answer carries; a plan or request with more gets the first ones and a count.</summary>
    public const int MaxErrors = 100;

    /// <summary>Gets how many further errors were left out of <see cref="Errors"/>.</summary>
    public int? Omitted { get; init; }

    /// <summary>Builds the failure for a list of errors, keeping the first <see cref="MaxErrors"/>.</summary>
    public static ToolFailure Of(IReadOnlyList<ToolError> errors) =>
        errors.Count <= MaxErrors ? new ToolFailure(errors) : new ToolFailure(errors.Take(MaxErrors).ToArray()) { Omitted = errors.Count - MaxErrors };
}
