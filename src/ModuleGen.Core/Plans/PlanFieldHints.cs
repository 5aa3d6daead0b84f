namespace ModuleGen.Core.Plans;

/// <summary>Says, per plan field, what would be accepted; used as the hint of every shape error.</summary>
internal static class PlanFieldHints
{
    public const string Module = "Set 'module' to the module's snake_case name, e.g. \"idea_synthesizer\".";
    public const string CreatedAt = "Optional: an ISO 8601 time string such as \"2025-09-17T12:10:00Z\", or leave it out.";
    public const string ClaudeSession = "Optional: the planning session's id as a string, or leave it out.";
    public const string Bricks = "Set 'bricks' to an array of brick objects, each with name, description, contract_path, spec_path, target_dir and type.";
    public const string Brick = "Each brick is an object with name, description, contract_path, spec_path, target_dir and type.";
    public const string Name = "A brick name is an identifier: a lowercase letter, then lowercase letters, digits or '_', e.g. \"loader\".";
    public const string Description = "Give one or two sentences saying what the brick does.";
    public const string ContractPath = "A workspace-relative path such as \"ai_working/idea_synthesizer/loader.contract.md\".";
    public const string SpecPath = "A workspace-relative path such as \"ai_working/idea_synthesizer/loader.impl_spec.md\".";
    public const string TargetDir = "A workspace-relative folder such as \"amplifier/idea_synthesizer/loader\".";
    public const string DependsOn = "Optional: an array of names of other bricks in this plan, e.g. [\"loader\"].";
    public const string Template = "Optional: the name of a template pack, e.g. \"python-module\"; leave it out to use the type's default.";
    public const string Variables = "Optional: an object of template variables, e.g. {\"port\": 4010}.";
    public const string Addons = "Optional: an array of add-on names, e.g. [\"postgresql\"].";
    public const string Files = "Optional: an array of file paths relative to target_dir, e.g. [\"__init__.py\", \"core.py\"].";
    public const string SubPlan = "Optional: the workspace-relative path of a stored sub-plan, e.g. \"ai_working/module_generator/plans/loader.json\".";

    /// <summary>Gets the accepted types as a sentence fragment.</summary>
    public static string Type { get; } = $"Use one of: {string.Join(", ", BrickTypes.Known)}.";
}
