namespace ModuleGen.Core.Prompts;

/// <summary>Asks for the plan prompt of a module; the contract and the spec each come from a workspace file or inline text.</summary>
/// <param name="Module">The module name.</param>
/// <param name="ContractPath">Workspace-relative path of the module's contract (or give <paramref name="ContractText"/>).</param>
/// <param name="ContractText">The contract itself.</param>
/// <param name="SpecPath">Workspace-relative path of the module's implementation spec (or give <paramref name="SpecText"/>).</param>
/// <param name="SpecText">The spec itself.</param>
public sealed record RenderPlanPromptRequest(string? Module, string? ContractPath, string? ContractText, string? SpecPath, string? SpecText);
