namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Identifies one spec element by kind and number; <c>SCEN-OAGW-1</c> and <c>SCEN-OAGW-01</c> are the same ID.</summary>
/// <param name="Kind">What the ID names.</param>
/// <param name="Number">The number after the last dash (pipeline, spec-kit), or N of N.M (Kiro); 0 for a named element.</param>
/// <param name="Minor">M of N.M (Kiro criteria and subtasks), or the letter of an inserted spec-kit task (<c>T010f</c>: 6); 0 when none.</param>
/// <param name="Name">The name of an element a format names instead of numbering (OpenSpec requirements and
/// scenarios), qualified by where it lives (<c>cli-init/Shared target</c>); null for a numbered element.</param>
public readonly record struct SpecId(IdKind Kind, int Number, int Minor = 0, string? Name = null)
{
    /// <summary>Gets the kind's word as written in pipeline IDs: REQ, SCEN, TASK or PHASE.</summary>
    public string Word => WordOf(Kind);

    /// <summary>Gets the element this one sits under: a Kiro criterion's requirement, a subtask's task; null otherwise.</summary>
    public SpecId? Parent => Minor > 0 && Kind is IdKind.Criterion ? new SpecId(IdKind.Requirement, Number) : null;

    /// <summary>Returns the word of a kind: REQ, SCEN, TASK or PHASE.</summary>
    public static string WordOf(IdKind kind) => kind switch
    {
        IdKind.GlobalRequirement or IdKind.Requirement => "REQ",
        IdKind.Scenario => "SCEN",
        IdKind.Task => "TASK",
        _ => "PHASE",
    };

    /// <summary>Formats the ID for a module prefix, zero-padding the number to <paramref name="width"/> digits.</summary>
    public string Format(string prefix, int width = 1) =>
        Kind == IdKind.GlobalRequirement
            ? $"REQ-{Number}"
            : $"{Word}-{prefix}-{Number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}";
}
