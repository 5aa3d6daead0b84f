namespace ModuleGen.Core.Plans;

/// <summary>Gives the JSON Schema of a plan (Plans/plan.schema.json, embedded), as the plan prompt shows it to the
/// model; <see cref="PlanValidator"/> enforces the same rules and more (paths, cycles, sub-plans).</summary>
public static class PlanSchema
{
    private const string Resource = "ModuleGen.Core.Plans.plan.schema.json";

    /// <summary>Gets the schema text (LF line endings).</summary>
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
