namespace ModuleGen.Core.Audit;

/// <summary>Lists the report formats: json (the structured result itself), markdown (for people), sarif (for code scanning).</summary>
public static class AuditFormat
{
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Sarif = "sarif";

    public static IReadOnlyList<string> All { get; } = [Json, Markdown, Sarif];
}
