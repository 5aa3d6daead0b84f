namespace ModuleGen.Core.Audit;

/// <summary>Reports one problem an audit rule found, where it is, and what to do about it.</summary>
/// <param name="RuleId">The rule that fired.</param>
/// <param name="Severity">The severity in force (after modulegen.yaml re-grading).</param>
/// <param name="Message">One sentence naming the problem and the offending value.</param>
/// <param name="Recommendation">The concrete fix for this finding.</param>
public sealed record Finding(string RuleId, Severity Severity, string Message, string Recommendation)
{
    /// <summary>Gets the module the finding belongs to, when it belongs to one.</summary>
    public string? Module { get; init; }

    /// <summary>Gets the workspace-relative file, when the finding is about a file.</summary>
    public string? File { get; init; }

    /// <summary>Gets the 1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the 1-based column in <see cref="File"/>, when known.</summary>
    public int? Column { get; init; }
}
