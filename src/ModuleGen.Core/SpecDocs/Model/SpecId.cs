namespace ModuleGen.Core.SpecDocs.Model;

/// <summary>Identifies one spec element by kind and number; <c>SCEN-OAGW-1</c> and <c>SCEN-OAGW-01</c> are the same ID.</summary>
/// <param name="Kind">What the ID names.</param>
/// <param name="Number">The number after the last dash.</param>
public readonly record struct SpecId(IdKind Kind, int Number)
{
    /// <summary>Gets the kind's word as written in IDs: REQ, SCEN, TASK or PHASE.</summary>
    public string Word => WordOf(Kind);

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
