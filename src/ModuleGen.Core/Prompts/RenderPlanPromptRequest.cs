namespace ModuleGen.Core.Prompts;

/// <summary>Asks for the plan prompt of a module; the contract and the spec each come from a workspace file or inline text.</summary>
/// <param name="Module">The module name.</param>
/// <param name="ContractPath">Workspace-relative path of the module's contract (or give <paramref name="ContractText"/>).</param>
/// <param name="ContractText">The contract itself.</param>
/// <param name="SpecPath">Workspace-relative path of the module's implementation spec (or give <paramref name="SpecText"/>).</param>
/// <param name="SpecText">The spec itself.</param>
/// <remarks>A document read from a file is named by its path in the prompt, not repeated (the agent wrote it), unless
/// <see cref="EmbedDocuments"/> asks for the text, as the plan_module prompt does for a person's session.</remarks>
public sealed record RenderPlanPromptRequest(string? Module, string? ContractPath, string? ContractText, string? SpecPath, string? SpecText)
{
    /// <summary>Gets whether documents read from files are embedded in the prompt too.</summary>
    public bool EmbedDocuments { get; init; }
}
