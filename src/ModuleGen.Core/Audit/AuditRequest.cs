namespace ModuleGen.Core.Audit;

/// <summary>Asks for an audit of one module or the whole workspace, in a format, optionally saved to a report file.</summary>
/// <param name="Module">The module to audit; null audits the workspace and every module.</param>
/// <param name="Format">json, markdown or sarif.</param>
/// <param name="ReportPath">Workspace-relative file to write the report to; null writes nothing.</param>
public sealed record AuditRequest(string? Module, string Format, string? ReportPath);
