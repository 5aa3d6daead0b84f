namespace ModuleGen.Core.Plans;

/// <summary>Lists the brick types a plan may use and the template pack each one scaffolds from by default.</summary>
public static class BrickTypes
{
    public const string PythonModule = "python_module";
    public const string DagsterModule = "dagster_module";
    public const string IntentDocs = "intent_docs";

    /// <summary>A generic brick: no default template, the agent writes its files by hand.</summary>
    public const string Module = "module";

    /// <summary>Gets the accepted types, in the order they are listed in errors and the plan schema.</summary>
    public static IReadOnlyList<string> Known { get; } = [PythonModule, DagsterModule, IntentDocs, Module];

    /// <summary>Returns the built-in pack a type scaffolds from when the brick names no template, or null for none.</summary>
    public static string? DefaultTemplate(string type) => type switch
    {
        PythonModule => "python-module",
        DagsterModule => "dagster-module",
        IntentDocs => "intent-docs",
        _ => null,
    };
}
